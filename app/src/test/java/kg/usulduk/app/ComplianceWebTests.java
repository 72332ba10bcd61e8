package kg.usulduk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.UUID;

import kg.usulduk.UsuldukApplication;
import kg.usulduk.app.probing.StatementCounting;
import kg.usulduk.app.probing.Worlds;
import kg.usulduk.app.probing.Worlds.World;
import kg.usulduk.school.SchoolUser;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The compliance page (issue 13): every rule of the regulations for the school's year, each linking to where it is
 * acted on; the district observer's row per school; never another school's records.
 */
@SpringBootTest(classes = UsuldukApplication.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
@Import(StatementCounting.class)
class ComplianceWebTests {

	@Autowired MockMvc mvc;
	@Autowired Worlds worlds;

	MockHttpServletResponse open(String path, SchoolUser person, String... params) throws Exception {
		var request = get(path).with(user(person));
		for (int i = 0; i < params.length; i += 2) {
			request = request.param(params[i], params[i + 1]);
		}
		return mvc.perform(request).andReturn().getResponse();
	}

	@Test
	void aTeacherSeesEveryRuleOfTheAssociationTheCouncilAndThePlanWithItsClauseAndWhereToAct() throws Exception {
		World world = worlds.create();

		String page = open("/compliance", world.school().teacher()).getContentAsString();

		assertThat(page).contains("Математика УБ", "001 §5.5", "001 §5.6", "001 §5.7", "003 §5.1", "003 §5.4",
				"001 §5.3", "Усулдук кеңеш", "Иш планы жылдын башында бекитилди");
		assertThat(page).contains("href=\"/associations/" + world.association().value() + "?year="
				+ world.year().startYear() + "#compliance\"");
		assertThat(page).contains("href=\"/plans/" + world.plan().value() + "\"");
		// The charts: sessions against the minimum per association and the council's quarters, with their numbers.
		assertThat(page).contains("<svg", "<title>Мектептин минимумуна карата өткөрүлгөн отурумдар</title>",
				"Кеңештин чейректер боюнча отурумдары", "<summary>Сандар</summary>");
		assertThat(page).doesNotContain("??");
	}

	@Test
	void aPlansPageDrawsItsExecutionPerSectionBesideItsTable() throws Exception {
		World world = worlds.create();

		String page = open("/plans/" + world.plan().value(), world.head()).getContentAsString();

		assertThat(page).contains("<svg", "aria-labelledby=\"plan-chart-0\"",
				"<title>Аткарылган план пункттары, бөлүмдөр боюнча</title>");
	}

	@Test
	void anotherSchoolsRulesAreNeverShownAndItsPageIsNotFound() throws Exception {
		World world = worlds.create();
		World other = worlds.create();

		String page = open("/compliance", world.school().deputy()).getContentAsString();
		assertThat(page).doesNotContain(other.association().value().toString(), other.school().id().toString());

		assertThat(open("/compliance", world.school().deputy(), "school", other.school().id().toString()).getStatus())
				.isEqualTo(404);
	}

	@Test
	void theDistrictObserverSeesARowPerSchoolOfTheDistrictAndEachSchoolInFull() throws Exception {
		String district = "District " + UUID.randomUUID();
		World one = worlds.create(district);
		World two = worlds.create(district);
		World elsewhere = worlds.create();
		SchoolUser observer = one.school().observer();

		String page = open("/compliance", observer).getContentAsString();
		assertThat(page).contains("Райондун мектептери", "/compliance?school=" + one.school().id(),
				"/compliance?school=" + two.school().id());
		assertThat(page).doesNotContain(elsewhere.school().id().toString());

		String start = open("/", observer).getContentAsString();
		assertThat(start).contains("/compliance?school=" + two.school().id());

		String second = open("/compliance", observer, "school", two.school().id().toString()).getContentAsString();
		assertThat(second).contains("/associations/" + two.association().value());
		assertThat(second).doesNotContain("/associations/" + one.association().value());
		assertThat(open("/compliance", observer, "school", elsewhere.school().id().toString()).getStatus())
				.isEqualTo(404);
	}

	@Test
	void theDeputyIsAskedOnTheStartPageToActOnAnAssociationWhoseRulesAreAtRisk() throws Exception {
		// The world's association has one session held of the four required and the year runs: at risk (001 §5.5).
		World world = worlds.create();

		String start = open("/", world.school().deputy()).getContentAsString();

		// The deputy reads the page in their own language, Kyrgyz.
		String toDo = "href=\"/associations/" + world.association().value() + "?year=" + world.year().startYear()
				+ "#compliance\">Математика УБ: коркунучта же бузулган талаптар: ";
		assertThat(start).contains(toDo);
		assertThat(open("/", world.school().teacher()).getContentAsString()).doesNotContain(toDo);
	}

	@Test
	void aDistrictOfThreeSchoolsCostsTheObserverNoMoreStatementsThanTheBudgetOnEitherPage() throws Exception {
		// StatementBudgetTests' observer watches a district of one school; the standing of many is read at once.
		String district = "District " + UUID.randomUUID();
		World one = worlds.create(district);
		worlds.create(district);
		worlds.create(district);
		SchoolUser observer = one.school().observer();

		for (String page : new String[] { "/", "/compliance" }) {
			StatementCounting.start();
			try {
				assertThat(open(page, observer).getStatus()).isEqualTo(200);
			}
			finally {
				assertThat(StatementCounting.stop().withoutSessionStore().statementCount()).as(page)
						.isLessThanOrEqualTo(StatementBudgetTests.STATEMENTS);
			}
		}
	}
}
