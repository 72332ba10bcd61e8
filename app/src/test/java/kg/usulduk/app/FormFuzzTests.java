package kg.usulduk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.beans.PropertyDescriptor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import kg.usulduk.UsuldukApplication;
import kg.usulduk.app.probing.Actor;
import kg.usulduk.app.probing.Endpoints;
import kg.usulduk.app.probing.Endpoints.Endpoint;
import kg.usulduk.app.probing.Probe;
import kg.usulduk.app.probing.Worlds;
import kg.usulduk.app.probing.Worlds.World;

import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.UriUtils;

/**
 * Every endpoint of the table, sent random, boundary and hostile values in every field it binds (and in its ids)
 * by someone who may call it, with a valid CSRF token: whatever comes, the answer is never a server error. The seed
 * is printed; {@code -Dfuzz.seed=N} replays a run, {@code -Dfuzz.rounds=N} sets the requests per endpoint.
 */
@SpringBootTest(classes = UsuldukApplication.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class FormFuzzTests {

	/** Requests per form; a page (GET) gets a fifth of them, on its query parameters. */
	static final int ROUNDS = Integer.getInteger("fuzz.rounds", 28);

	/** Values no form expects. */
	static final List<String> HOSTILE = List.of("", " ", "x".repeat(10_000), "a\u0000b", "\u0000", "\u202Eevil\u202C",
			"\u200F\u200E", "😀👩‍🏫", "𝕏", "0001-01-01", "9999-12-31", "2026-02-30", "2026-13-01", "1999", "-1", "0",
			"２０２６", "٢٠٢٦", "99999999999999999999999", "-99999999999999999999", "2147483648", "1e309", "NaN", "0x10",
			"00:00", "24:00", "25:61", "12:5", "abc", "true", "null", "ZZZ", "../../etc/passwd",
			"123e4567-e89b-12d3-a456-42661417400", "00000000-0000-0000-0000-000000000000",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "%00", "%0d%0a",
			"line\r\nSet-Cookie: x=y", "?quarter=2\r\nLocation: https://evil.example", "//evil.example", "\t\n\r",
			"1; 2; 2026-01-01", "a; b; c", "3, 1, 1, 1, 1, 1, 1", "2026-11", "0000-00", "+2026-01-01",
			"ԱԲ", "İıŞ", "\uFEFF", "\uD800");

	@Autowired MockMvc mvc;
	@Autowired Worlds worlds;
	@Autowired JdbcClient jdbc;
	@Autowired @Qualifier("requestMappingHandlerMapping")
	org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

	@Test
	void noFormAnswersAServerErrorWhateverItIsSent() throws Exception {
		long seed = Long.getLong("fuzz.seed", System.nanoTime());
		System.out.println("FormFuzzTests seed: " + seed + " (replay with -Dfuzz.seed=" + seed + ")");
		Random random = new Random(seed);
		Probe probe = new Probe(mvc, jdbc);
		List<String> failures = new ArrayList<>();
		int requests = 0;
		long seeding = 0;
		long began = System.nanoTime();
		World shared = worlds.create();
		for (Endpoint endpoint : Endpoints.ALL) {
			Actor actor = endpoint.allowed().stream().filter(a -> a != Actor.ANONYMOUS).findFirst().orElse(null);
			long started = System.nanoTime();
			World world = endpoint.method().equals("GET") ? shared : worlds.create();
			seeding += System.nanoTime() - started;
			Set<String> fields = fieldsOf(endpoint);
			Map<String, String> valid = new LinkedHashMap<>();
			if (!endpoint.json()) {
				Probe.pairs(probe.fill(endpoint.form(), world)).forEach(p -> valid.put(p.getKey(), decode(p.getValue())));
			}
			fields.addAll(valid.keySet());
			int rounds = endpoint.method().equals("GET") ? Math.max(1, ROUNDS / 5) : ROUNDS;
			for (int round = 0; round < rounds; round++) {
				String path = Probe.path(endpoint.pattern(), world);
				if (random.nextInt(8) == 0 && endpoint.pattern().contains("{")) {
					path = hostilePath(endpoint.pattern(), world, random);
				}
				MockHttpServletRequestBuilder request = Probe.request(endpoint, path,
						actor == null ? null : actor.in(world));
				Map<String, String> sent = new LinkedHashMap<>();
				String body = null;
				if (endpoint.json()) {
					body = hostileJson(random);
					request.contentType(MediaType.APPLICATION_JSON).content(body);
				}
				else {
					// Half the requests change one field of a valid form, so that the value gets past the others'
					// checks to the domain and the database; the rest change many.
					String only = !fields.isEmpty() && random.nextBoolean()
							? new ArrayList<>(fields).get(random.nextInt(fields.size())) : null;
					for (String field : fields) {
						if (only != null && !field.equals(only)) {
							if (valid.containsKey(field)) {
								sent.put(field, valid.get(field));
							}
							continue;
						}
						int choice = only == null ? random.nextInt(10) : 5 + random.nextInt(5);
						if (choice < 4 && valid.containsKey(field)) {
							sent.put(field, valid.get(field));
						}
						else if (choice < 9) {
							sent.put(field, HOSTILE.get(random.nextInt(HOSTILE.size())));
						}
						// else: left out
					}
					if (random.nextInt(5) == 0) {
						sent.put("unexpected" + random.nextInt(3), HOSTILE.get(random.nextInt(HOSTILE.size())));
					}
					sent.forEach(request::param);
				}
				requests++;
				String replay = endpoint.key() + " " + path + " " + (body != null ? body : sent);
				try {
					MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
					if (response.getStatus() >= 500) {
						failures.add(response.getStatus() + " " + shorten(replay) + " " + shorten(
								String.valueOf(response.getErrorMessage())));
					}
				}
				catch (Exception e) {
					Throwable root = e;
					while (root.getCause() != null) {
						root = root.getCause();
					}
					failures.add("exception " + shorten(replay) + " -> " + root);
				}
			}
		}
		System.out.printf("FormFuzzTests: %d requests, %d server errors (seed %d); %d s, of which seeding %d s%n", requests,
				failures.size(), seed, (System.nanoTime() - began) / 1_000_000_000, seeding / 1_000_000_000);
		assertThat(failures).as("server errors (seed " + seed + ")").isEmpty();
	}

	private static String decode(String value) {
		return java.net.URLDecoder.decode(value.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
	}

	private static String shorten(String text) {
		String visible = text.replace("\u0000", "\\0").replace("\r", "\\r").replace("\n", "\\n");
		return visible.length() > 600 ? visible.substring(0, 600) + "…" : visible;
	}

	/** One path variable replaced by a hostile value, the others real. */
	private static String hostilePath(String pattern, World world, Random random) {
		String[] patternSegments = pattern.split("/");
		String[] segments = Probe.path(pattern, world).split("/");
		List<Integer> variables = new ArrayList<>();
		for (int i = 0; i < patternSegments.length; i++) {
			if (patternSegments[i].startsWith("{")) {
				variables.add(i);
			}
		}
		int chosen = variables.get(random.nextInt(variables.size()));
		String value = HOSTILE.get(random.nextInt(HOSTILE.size()));
		value = value.length() > 200 ? value.substring(0, 200) : value;
		segments[chosen] = value.isEmpty() ? "x" : UriUtils.encodePathSegment(value, java.nio.charset.StandardCharsets.UTF_8)
				+ patternSegments[chosen].substring(patternSegments[chosen].indexOf('}') + 1);
		return String.join("/", segments);
	}

	private static String hostileJson(Random random) {
		StringBuilder json = new StringBuilder("{");
		String[] names = { "fullName", "position", "subjects", "education", "category", "teachingSince", "email",
				"language" };
		for (int i = 0; i < names.length; i++) {
			if (random.nextInt(5) == 0) {
				continue;
			}
			String value = HOSTILE.get(random.nextInt(HOSTILE.size()));
			String quoted = "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\u0000", "\\u0000")
					.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t") + "\"";
			json.append(json.length() > 1 ? "," : "").append('"').append(names[i]).append("\":")
					.append(names[i].equals("subjects") ? (random.nextBoolean() ? "[" + quoted + "]" : quoted)
							: random.nextInt(6) == 0 ? String.valueOf(random.nextLong()) : quoted);
		}
		if (random.nextInt(6) == 0) {
			json.setLength(json.length() / 2); // cut short
		}
		return json.append("}").toString();
	}

	/** The names of what the endpoint binds: its request parameters and its form object's fields. */
	private Set<String> fieldsOf(Endpoint endpoint) {
		Set<String> names = new LinkedHashSet<>();
		HandlerMethod handler = mappings.getHandlerMethods().entrySet().stream()
				.filter(e -> e.getKey().getPatternValues().contains(endpoint.pattern()) && e.getKey()
						.getMethodsCondition().getMethods().stream().anyMatch(m -> m.name().equals(endpoint.method())))
				.map(Map.Entry::getValue).findFirst().orElseThrow();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : !param.value().isEmpty() ? param.value()
						: parameter.getParameterName();
				names.add(name);
			}
			else if (parameter.hasParameterAnnotation(ModelAttribute.class)) {
				fields("", parameter.getParameterType(), names, 0);
			}
		}
		return names;
	}

	private static void fields(String prefix, Class<?> type, Set<String> names, int depth) {
		if (depth > 2) {
			return;
		}
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				field(prefix + component.getName(), component.getType(), component.getGenericType(), names, depth);
			}
		}
		else {
			for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
				if (property.getWriteMethod() != null) {
					field(prefix + property.getName(), property.getPropertyType(),
							property.getWriteMethod().getGenericParameterTypes()[0], names, depth);
				}
			}
		}
	}

	private static void field(String name, Class<?> type, Type generic, Set<String> names, int depth) {
		if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType parameterized
				&& parameterized.getActualTypeArguments()[0] instanceof Class<?> element
				&& (element.isRecord() || (!BeanUtils.isSimpleValueType(element) && element.getName().startsWith("kg.usulduk")
						&& !element.getSimpleName().endsWith("Id")))) {
			for (int i = 0; i < 2; i++) {
				fields(name + "[" + i + "].", element, names, depth + 1);
			}
		}
		else {
			names.add(name);
		}
	}
}
