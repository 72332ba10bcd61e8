package kg.usulduk.app.probing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kg.usulduk.app.probing.Endpoints.Endpoint;
import kg.usulduk.app.probing.Worlds.World;
import kg.usulduk.school.SchoolUser;

import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls an endpoint of the table as an actor, its ids and placeholders filled from a world. */
public final class Probe {

	private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9:+]+)}");

	private final MockMvc mvc;
	private final JdbcClient jdbc;

	public Probe(MockMvc mvc, JdbcClient jdbc) {
		this.mvc = mvc;
		this.jdbc = jdbc;
	}

	/** The address with its path variables filled from the world. */
	public static String path(String pattern, World world) {
		Matcher variable = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		int from = 0;
		while (variable.find()) {
			String upTo = pattern.substring(0, variable.end());
			var id = Endpoints.PATH_VARIABLES.get(upTo);
			if (id == null) {
				throw new IllegalStateException("No id for " + upTo + ": add it to Endpoints.PATH_VARIABLES");
			}
			path.append(pattern, from, variable.start()).append(id.apply(world));
			from = variable.end();
		}
		return path.append(pattern.substring(from)).toString();
	}

	/** A form's placeholders filled from the world. */
	public String fill(String text, World world) {
		Matcher variable = VARIABLE.matcher(text);
		StringBuilder filled = new StringBuilder();
		while (variable.find()) {
			String name = variable.group(1);
			Object value;
			if (name.startsWith("v:")) {
				Endpoints.Versioned versioned = Endpoints.VERSIONS.get(name.substring(2));
				value = jdbc.sql(versioned.sql()).param(versioned.id().apply(world)).query(Integer.class).optional()
						.map(String::valueOf).orElse("");
			}
			else {
				value = Endpoints.value(name, world);
			}
			variable.appendReplacement(filled, Matcher.quoteReplacement(String.valueOf(value)));
		}
		variable.appendTail(filled);
		return filled.toString();
	}

	/** The form as name and value pairs, in order. */
	public static List<Map.Entry<String, String>> pairs(String form) {
		List<Map.Entry<String, String>> pairs = new ArrayList<>();
		if (form.isEmpty()) {
			return pairs;
		}
		for (String pair : form.split("&")) {
			int eq = pair.indexOf('=');
			pairs.add(Map.entry(pair.substring(0, eq), pair.substring(eq + 1)));
		}
		return pairs;
	}

	/** The request, without its form, as the actor (none for the stranger) with a valid CSRF token. */
	public static MockHttpServletRequestBuilder request(Endpoint endpoint, String path,
			org.springframework.security.core.userdetails.UserDetails as) {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(endpoint.method(), java.net.URI.create(
				path.replace(" ", "%20")));
		if (as != null) {
			request.with(user(as));
		}
		if (!endpoint.method().equals("GET")) {
			request.with(csrf());
		}
		request.accept(endpoint.json() || path.startsWith("/api/") ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		return request;
	}

	/** Calls the endpoint with its form from the table. */
	public MockHttpServletResponse call(Endpoint endpoint, World target,
			org.springframework.security.core.userdetails.UserDetails as, Map<String, String> extra)
			throws Exception {
		MockHttpServletRequestBuilder request = request(endpoint, path(endpoint.pattern(), target), as);
		String form = fill(endpoint.form(), target);
		if (endpoint.json()) {
			request.contentType(MediaType.APPLICATION_JSON).content(form);
		}
		else {
			for (Map.Entry<String, String> pair : pairs(form)) {
				request.param(pair.getKey(), URLDecoder.decode(pair.getValue().replace("+", "%2B"), StandardCharsets.UTF_8));
			}
		}
		extra.forEach(request::param);
		return mvc.perform(request).andReturn().getResponse();
	}

	/** What the wall said: let through, or refused (forbidden, not found, or sent to sign in). */
	public enum Outcome {
		ALLOWED, REFUSED, FAILED;

		public static Outcome of(MockHttpServletResponse response) {
			int status = response.getStatus();
			if (status >= 500) {
				return FAILED;
			}
			String location = response.getRedirectedUrl();
			if (status == 401 || status == 403 || status == 404
					|| (status == 302 && location != null && location.endsWith("/login"))) {
				return REFUSED;
			}
			return ALLOWED;
		}
	}
}
