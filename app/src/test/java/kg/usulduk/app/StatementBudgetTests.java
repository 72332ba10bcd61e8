package kg.usulduk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kg.usulduk.UsuldukApplication;
import kg.usulduk.app.probing.Actor;
import kg.usulduk.app.probing.Endpoints;
import kg.usulduk.app.probing.Endpoints.Endpoint;
import kg.usulduk.app.probing.Probe;
import kg.usulduk.app.probing.StatementCounting;
import kg.usulduk.app.probing.StatementCounting.Count;
import kg.usulduk.app.probing.Worlds;
import kg.usulduk.app.probing.Worlds.World;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every page of {@link Endpoints} (each GET line: a new page is covered once it has its line), opened by everyone who
 * may open it, runs at most {@value #STATEMENTS} SQL statements in one read-only transaction, and no more after the
 * school has years of history than on its first day. The session store's own reads and writes (Spring Session) are the
 * same for every request and are not the page's: they are left out.
 */
@SpringBootTest(classes = UsuldukApplication.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import(StatementCounting.class)
class StatementBudgetTests {

	/** Statements one page may run, whatever the size of the school and its years of history. */
	static final int STATEMENTS = 10;

	/** Years of history the school is given before the second count. */
	static final int YEARS = 5;

	/** Addresses that are not pages: the sign-in form and the language switch read no school. */
	static final Set<String> NOT_PAGES = Set.of("/login", "/language");

	/**
	 * Pages allowed more than {@value #STATEMENTS} statements, with the most any actor's view may run: none since every
	 * page was given its read models (issue 12). The table only shrinks: a new page meets the budget from the start.
	 */
	static final Map<String, Integer> OVER_BUDGET = Map.of();

	@Autowired MockMvc mvc;
	@Autowired Worlds worlds;
	@Autowired JdbcClient jdbc;

	@Test
	void everyPageRunsAFewStatementsInOneReadOnlyTransactionWhateverTheYearsOfHistory() throws Exception {
		Probe probe = new Probe(mvc, jdbc);
		World world = worlds.create();
		Map<String, Count> firstYear = open(probe, world);
		addHistory(world);
		assertThat(jdbc.sql("SELECT count(*) FROM association.sessions WHERE school_id = ?")
				.param(world.school().id().value()).query(Integer.class).single()).isGreaterThan(YEARS * 7);
		Map<String, Count> withHistory = open(probe, world);

		List<String> over = new ArrayList<>();
		StringBuilder report = new StringBuilder();
		Map<String, Integer> most = new LinkedHashMap<>();
		withHistory.forEach((view, count) -> {
			Count before = firstYear.get(view);
			String page = view.substring(0, view.indexOf(" as "));
			most.merge(page, count.statementCount(), Math::max);
			report.append(String.format("%-55s %3d -> %3d statements, %d connection(s)%n", view,
					before.statementCount(), count.statementCount(), count.connections()));
			if (count.statementCount() > OVER_BUDGET.getOrDefault(page, STATEMENTS)) {
				over.add(view + " runs " + count);
			}
			if (count.statementCount() > before.statementCount()) {
				over.add(view + " grows with the years: " + before.statementCount() + " then " + count);
			}
			if (count.connections() > 1 || count.readOnlyConnections() != count.connections()) {
				over.add(view + " is not one read-only transaction: " + count);
			}
		});
		OVER_BUDGET.forEach((page, allowed) -> {
			if (most.getOrDefault(page, 0) < allowed) {
				over.add(page + " runs at most " + most.get(page) + " statements now: lower its line in OVER_BUDGET to "
						+ Math.max(most.getOrDefault(page, 0), STATEMENTS) + " (or remove it at " + STATEMENTS + ")");
			}
		});
		System.out.println("Statements per page, first year -> with " + YEARS + " years of history:\n" + report);
		assertThat(over).as("pages over the budget of " + STATEMENTS + " statements in one read-only transaction")
				.isEmpty();
	}

	/** Opens every page as everyone who may, counting; the key is the page and the actor. */
	private Map<String, Count> open(Probe probe, World world) throws Exception {
		Map<String, Count> counts = new LinkedHashMap<>();
		for (Endpoint endpoint : Endpoints.ALL) {
			if (!endpoint.method().equals("GET") || NOT_PAGES.contains(endpoint.pattern())) {
				continue;
			}
			for (Actor actor : endpoint.allowed()) {
				StatementCounting.start();
				MockHttpServletResponse response;
				try {
					response = probe.call(endpoint, world, actor.in(world), Map.of());
				}
				finally {
					counts.put(endpoint.pattern() + " as " + actor, StatementCounting.stop().withoutSessionStore());
				}
				assertThat(response.getStatus()).as(endpoint + " as " + actor).isLessThan(400);
			}
		}
		return counts;
	}

	private void addHistory(World world) throws IOException {
		String script = new ClassPathResource("probing/history.sql").getContentAsString(StandardCharsets.UTF_8);
		for (String statement : script.split(";\\s*\\n")) {
			if (!statement.isBlank()) {
				jdbc.sql(statement).param("school", world.school().id().value()).param("years", YEARS).update();
			}
		}
	}
}
