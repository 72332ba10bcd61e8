package kg.usulduk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import kg.usulduk.UsuldukApplication;
import kg.usulduk.app.probing.Actor;
import kg.usulduk.app.probing.Endpoints;
import kg.usulduk.app.probing.Endpoints.Endpoint;
import kg.usulduk.app.probing.Probe;
import kg.usulduk.app.probing.Probe.Outcome;
import kg.usulduk.app.probing.Worlds;
import kg.usulduk.app.probing.Worlds.World;
import kg.usulduk.school.SchoolUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint Spring knows, called as every actor in their own school and with another school's ids, against
 * the table of who may call what ({@link Endpoints}). An endpoint missing from the table fails the build, so none
 * can be added without deciding who may call it.
 */
@SpringBootTest(classes = UsuldukApplication.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class AuthorizationMatrixTests {

	@Autowired MockMvc mvc;
	@Autowired Worlds worlds;
	@Autowired JdbcClient jdbc;
	@Autowired @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings;

	/** Each registered endpoint of Usulduk's own controllers, as {@code METHOD /pattern}. */
	static Set<String> registered(RequestMappingHandlerMapping mappings) {
		Set<String> endpoints = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("kg.usulduk")) {
				continue;
			}
			RequestMappingInfo info = entry.getKey();
			Set<String> methods = new TreeSet<>();
			info.getMethodsCondition().getMethods().forEach(method -> methods.add(method.name()));
			if (methods.isEmpty()) {
				methods.add("ANY");
			}
			for (String pattern : info.getPatternValues()) {
				methods.forEach(method -> endpoints.add(method + " " + pattern));
			}
		}
		return endpoints;
	}

	@Test
	void everyRegisteredEndpointHasALineInTheTable() {
		Set<String> inTable = new TreeSet<>();
		Endpoints.ALL.forEach(endpoint -> inTable.add(endpoint.key()));

		assertThat(registered(mappings)).as("endpoints without a line in Endpoints.ALL").isSubsetOf(inTable);
		assertThat(inTable).as("lines of Endpoints.ALL that no controller serves").isSubsetOf(registered(mappings));
		assertThat(Endpoints.ALL.stream().map(Endpoint::key).distinct().count()).isEqualTo(Endpoints.ALL.size());
	}

	@Test
	void everyActorReachesExactlyWhatTheTableAllowsInTheirSchoolAndNothingOfAnotherSchool() throws Exception {
		Probe probe = new Probe(mvc, jdbc);
		World theirs = worlds.create();
		World shared = worlds.create();
		List<String> differences = new ArrayList<>();
		List<String> observed = new ArrayList<>();
		for (Endpoint endpoint : Endpoints.ALL) {
			// A form changes its world: each gets a fresh one, so that one act does not decide the next.
			World mine = endpoint.method().equals("GET") ? shared : worlds.create();
			Set<Actor> allowedHere = new TreeSet<>();
			List<Actor> order = new ArrayList<>(List.of(Actor.values()));
			// Those refused go first: an act let through may change what the next one finds.
			order.sort(Comparator.comparing(endpoint.allowed()::contains));
			for (Actor actor : order) {
				var as = actor.in(mine);
				if (crossesSchools(endpoint)) {
					check(differences, endpoint, actor, "another school's ids", endpoint.acrossSchools().contains(actor),
							probe.call(endpoint, theirs, as, Map.of()));
				}
				else if (takesSchool(endpoint)) {
					check(differences, endpoint, actor, "?school= another school", endpoint.acrossSchools().contains(actor),
							probe.call(endpoint, mine, as, Map.of("school", theirs.school().id().toString())));
				}
			}
			for (Actor actor : order) {
				// Each act let through gets a world of its own: one may remove what the next would act on.
				if (!endpoint.method().equals("GET") && endpoint.allowed().contains(actor)
						&& !endpoint.allowed().iterator().next().equals(actor)) {
					mine = worlds.create();
				}
				MockHttpServletResponse response = probe.call(endpoint, mine, actor.in(mine), Map.of());
				if (Outcome.of(response) == Outcome.ALLOWED) {
					allowedHere.add(actor);
				}
				check(differences, endpoint, actor, "own school", endpoint.allowed().contains(actor), response);
			}
			observed.add(String.format("%-50s %s", endpoint.key(), allowedHere));
		}
		if (!differences.isEmpty()) {
			System.out.println("What each endpoint let through:\n  " + String.join("\n  ", observed));
		}
		assertThat(differences).as("calls that differ from Endpoints.ALL").isEmpty();
	}

	private boolean crossesSchools(Endpoint endpoint) {
		return endpoint.pattern().contains("{") || endpoint.form().contains("{association}")
				|| endpoint.form().contains("{council}") || endpoint.form().contains("{plan}");
	}

	private boolean takesSchool(Endpoint endpoint) {
		HandlerMethod handler = handler(endpoint);
		for (var parameter : handler.getMethodParameters()) {
			var param = parameter.getParameterAnnotation(org.springframework.web.bind.annotation.RequestParam.class);
			if (param != null && (param.value().equals("school") || param.name().equals("school")
					|| "school".equals(parameter.getParameterName()))) {
				return true;
			}
		}
		return false;
	}

	private HandlerMethod handler(Endpoint endpoint) {
		return mappings.getHandlerMethods().entrySet().stream()
				.filter(e -> e.getKey().getPatternValues().contains(endpoint.pattern())
						&& e.getKey().getMethodsCondition().getMethods().stream()
								.anyMatch(m -> m.name().equals(endpoint.method())))
				.map(Map.Entry::getValue).findFirst().orElseThrow();
	}

	private static void check(List<String> differences, Endpoint endpoint, Actor actor, String where, boolean allowed,
			MockHttpServletResponse response) {
		Outcome outcome = Outcome.of(response);
		Outcome expected = allowed ? Outcome.ALLOWED : Outcome.REFUSED;
		if (outcome != expected) {
			differences.add(String.format("%-50s as %-17s in %-20s: expected %s, got %s %s", endpoint.key(), actor,
					where, expected, response.getStatus(), response.getRedirectedUrl() == null ? "" : response.getRedirectedUrl()));
		}
	}
}
