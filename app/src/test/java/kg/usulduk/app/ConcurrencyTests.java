package kg.usulduk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import kg.usulduk.UsuldukApplication;
import kg.usulduk.app.probing.Actor;
import kg.usulduk.app.probing.Endpoints;
import kg.usulduk.app.probing.Endpoints.Endpoint;
import kg.usulduk.app.probing.Probe;
import kg.usulduk.app.probing.Worlds;
import kg.usulduk.app.probing.Worlds.World;
import kg.usulduk.association.ProtocolId;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.council.CouncilProtocolId;
import kg.usulduk.council.internal.CouncilManagement;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/**
 * Double clicks and two tabs: six identical submissions at once make one record, the others are told it exists;
 * a save over a version that changed meanwhile is refused for every kind of record a form carries the version of.
 */
@SpringBootTest(classes = UsuldukApplication.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class ConcurrencyTests {

	static final String CONFLICT = "Someone else changed this record while you were editing it";

	@Autowired MockMvc mvc;
	@Autowired Worlds worlds;
	@Autowired JdbcClient jdbc;
	@Autowired AssociationManagement associations;
	@Autowired SessionManagement sessions;
	@Autowired CouncilManagement councils;

	@Test
	void sixCorrectionsOfASignedProtocolAtOnceStartOneCorrection() throws Exception {
		World world = worlds.create();
		associations.chooseSecretary(world.school().deputy(), world.association(), null, world.member().staffId());
		sessions.writeProtocol(world.head(), world.protocol(), null,
				List.of(new kg.usulduk.school.meetings.ProtocolEntry("Иш планы", "Угулду", "Бекитилсин", null)));
		if (!sessions.sign(world.head(), world.protocol(), null).isSigned()) {
			sessions.sign(world.member(), world.protocol(), null);
		}

		List<MockHttpServletResponse> responses = sixAtOnce(() -> post("/associations/protocols/{id}/correct",
				world.protocol()).with(user(world.head())).with(csrf()).param("lang", "en"));

		assertOneDoneAndTheOthersRefused(responses);
		assertThat(count("association.protocols", "corrects", world.protocol().value())).isEqualTo(1);
	}

	@Test
	void sixCorrectionsOfASignedCouncilProtocolAtOnceStartOneCorrection() throws Exception {
		World world = worlds.create();
		CouncilProtocolId signed = jdbc.sql("select id from council.protocols where status = 'SIGNED' and session_id in "
				+ "(select id from council.sessions where council_id = ?)").param(world.council().value())
				.query((rs, n) -> new CouncilProtocolId(rs.getObject(1, java.util.UUID.class))).single();

		List<MockHttpServletResponse> responses = sixAtOnce(() -> post("/council/protocols/{id}/correct", signed)
				.with(user(world.school().deputy())).with(csrf()).param("lang", "en"));

		assertOneDoneAndTheOthersRefused(responses);
		assertThat(count("council.protocols", "corrects", signed.value())).isEqualTo(1);
	}

	@Test
	void sixStartsOfTheSameWorkPlanAtOnceMakeOnePlan() throws Exception {
		World world = worlds.create();
		int next = world.year().startYear() + 1;

		List<MockHttpServletResponse> responses = sixAtOnce(() -> post("/plans").with(user(world.head())).with(csrf())
				.param("lang", "en").param("association", world.association().toString()).param("year", String.valueOf(next)));

		assertOneDoneAndTheOthersRefused(responses);
		assertThat(jdbc.sql("select count(*) from planning.work_plans where association_id = ? and school_year = ?")
				.param(world.association().value()).param(next).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void sixFormingsOfTheSameCouncilAtOnceFormOne() throws Exception {
		World world = worlds.create();
		int next = world.year().startYear() + 1;

		List<MockHttpServletResponse> responses = sixAtOnce(() -> post("/council").with(user(world.school().deputy()))
				.with(csrf()).param("lang", "en").param("schoolYear", String.valueOf(next)));

		assertOneDoneAndTheOthersRefused(responses);
		assertThat(jdbc.sql("select count(*) from council.councils where school_id = ? and school_year = ?")
				.param(world.school().id().value()).param(next).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void sixOpeningsOfTheSameAccountAtOnceOpenOne() throws Exception {
		World world = worlds.create();

		List<MockHttpServletResponse> responses = sixAtOnce(() -> post("/accounts").with(user(world.school().admin()))
				.with(csrf()).param("lang", "en").param("staffId", world.newcomer().toString())
				.param("username", "newcomer-" + world.school().id().value().toString().substring(0, 8))
				.param("password", "long-password-1").param("roles", "TEACHER"));

		assertOneDoneAndTheOthersRefused(responses);
		assertThat(count("school.accounts", "staff_id", world.newcomer().value())).isEqualTo(1);
	}

	/** Every form that carries a version, sent with the version before the last change: refused, nothing changed. */
	@Test
	void aSaveOverAVersionThatChangedMeanwhileIsRefusedForEveryKindOfRecord() throws Exception {
		Probe probe = new Probe(mvc, jdbc);
		Pattern version = Pattern.compile("version=\\{v:([A-Za-z]+)}");
		List<String> differences = new ArrayList<>();
		int checked = 0;
		for (Endpoint endpoint : Endpoints.ALL) {
			Matcher versioned = version.matcher(endpoint.form());
			if (!endpoint.method().equals("POST") || !versioned.find()) {
				continue;
			}
			World world = worlds.create();
			Actor actor = endpoint.allowed().iterator().next();
			Endpoints.Versioned record = Endpoints.VERSIONS.get(versioned.group(1));
			Integer current = jdbc.sql(record.sql()).param(record.id().apply(world)).query(Integer.class).optional()
					.orElse(null);
			if (current == null) {
				continue; // nothing to be stale about: the form would make the record
			}
			Endpoint stale = new Endpoint(endpoint.method(), endpoint.pattern(), endpoint.allowed(),
					endpoint.form().replace(versioned.group(), "version=" + (current - 1)), endpoint.json(),
					endpoint.acrossSchools());
			MockHttpServletResponse response = probe.call(stale, world, actor.in(world), Map.of("lang", "en"));
			Integer after = jdbc.sql(record.sql()).param(record.id().apply(world)).query(Integer.class).single();
			boolean refused = response.getStatus() == 409
					|| (response.getStatus() == 200 && response.getContentAsString().contains(CONFLICT));
			if (!refused || !current.equals(after)) {
				differences.add(endpoint.key() + " as " + actor + ": " + response.getStatus() + " "
						+ response.getRedirectedUrl() + ", version " + current + " -> " + after);
			}
			checked++;
		}
		assertThat(checked).isGreaterThan(30);
		assertThat(differences).as("saves over a stale version that were not refused").isEmpty();
	}

	private List<MockHttpServletResponse> sixAtOnce(Supplier<RequestBuilder> request) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(6);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<MockHttpServletResponse>> calls = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				RequestBuilder built = request.get();
				calls.add(pool.submit(() -> {
					start.await();
					return mvc.perform(built).andReturn().getResponse();
				}));
			}
			start.countDown();
			List<MockHttpServletResponse> responses = new ArrayList<>();
			for (Future<MockHttpServletResponse> call : calls) {
				responses.add(call.get());
			}
			return responses;
		}
		finally {
			pool.shutdown();
		}
	}

	/** One redirect after the act; every other answer a translated refusal on a page, none a server error. */
	private static void assertOneDoneAndTheOthersRefused(List<MockHttpServletResponse> responses) throws Exception {
		long done = responses.stream().filter(r -> r.getStatus() == 302).count();
		assertThat(done).as("acts done").isEqualTo(1);
		for (MockHttpServletResponse response : responses) {
			assertThat(response.getStatus()).as("status").isIn(200, 302, 409, 422);
			if (response.getStatus() != 302) {
				assertThat(response.getContentAsString()).containsAnyOf("already", "This protocol already has a correction",
						"This already exists");
			}
		}
	}

	private int count(String table, String column, Object value) {
		return jdbc.sql("select count(*) from " + table + " where " + column + " = ?").param(value).query(Integer.class)
				.single();
	}
}
