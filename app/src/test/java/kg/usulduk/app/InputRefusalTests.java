package kg.usulduk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import kg.usulduk.UsuldukApplication;
import kg.usulduk.app.probing.Worlds;
import kg.usulduk.app.probing.Worlds.World;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.council.internal.CouncilManagement;
import kg.usulduk.planning.internal.plans.PeriodAdditions;
import kg.usulduk.planning.internal.plans.WorkPlanManagement;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

/** What no form checks, sent anyway: a translated refusal on the page or the form, never a server error. */
@SpringBootTest(classes = UsuldukApplication.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class InputRefusalTests {

	static final String BAD_INPUT = "A value in the request is not valid";
	static final String CONFLICT = "Someone else changed this record while you were editing it";

	@Autowired MockMvc mvc;
	@Autowired Worlds worlds;
	@Autowired JdbcClient jdbc;
	@Autowired AssociationManagement associations;
	@Autowired SessionManagement sessions;
	@Autowired CouncilManagement councils;
	@Autowired WorkPlanManagement plans;
	@Autowired PeriodAdditions additions;

	World world;

	@BeforeEach
	void aSeededSchool() {
		world = worlds.create();
	}

	static ResultMatcher noServerError() {
		return result -> assertThat(result.getResponse().getStatus()).as("status").isLessThan(500);
	}

	@Test
	void aSchoolYearOutsideTheSupportedRangeInTheAddressAnswersATranslatedBadRequest() throws Exception {
		for (String year : new String[] { "1999", "１９９９", "-1", "99999999999" }) {
			mvc.perform(get("/plans").param("year", year).param("lang", "en").with(user(world.school().teacher())))
					.andExpect(status().isBadRequest())
					.andExpect(content().string(containsString(BAD_INPUT)));
		}
		mvc.perform(get("/school/settings").param("year", "1999").param("lang", "en").with(user(world.school().director())))
				.andExpect(status().isBadRequest());
		mvc.perform(get("/plans/new").param("year", "2201").param("lang", "en").with(user(world.school().teacher())))
				.andExpect(status().isBadRequest());
	}

	@Test
	void aSchoolYearOutsideTheRangeOnAFormIsRefusedAndNothingIsSaved() throws Exception {
		mvc.perform(post("/thematic").with(user(world.member())).with(csrf()).param("lang", "en")
				.param("schoolYear", "-1").param("subject", "Физика").param("classGroup", "8А").param("topics", ""))
				.andExpect(status().isBadRequest()).andExpect(content().string(containsString(BAD_INPUT)));
		mvc.perform(post("/plans").with(user(world.head())).with(csrf()).param("lang", "en")
				.param("association", world.association().toString()).param("year", "-1"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/council").with(user(world.school().deputy())).with(csrf()).param("lang", "en")
				.param("schoolYear", "１９９９"))
				.andExpect(status().isBadRequest());

		assertThat(jdbc.sql("select count(*) from planning.work_plans where association_id = ?")
				.param(world.association().value()).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aQuartersFormWithoutAYearOrWithOneThatIsNoNumberIsRefused() throws Exception {
		mvc.perform(post("/school/settings/quarters").with(user(world.school().director())).with(csrf())
				.param("lang", "en").param("version", "0"))
				.andExpect(status().isBadRequest());
		mvc.perform(post("/school/settings/quarters").with(user(world.school().director())).with(csrf())
				.param("lang", "en").param("version", "0").param("year", "abc"))
				.andExpect(noServerError());
	}

	@Test
	void aStaffIdThatIsNoIdOnTheTopicsFormIsRefusedWithThePageShown() throws Exception {
		mvc.perform(post("/associations/{id}/topics", world.association()).with(user(world.head())).with(csrf())
				.param("lang", "en").param("staff", "abc").param("schoolYear", String.valueOf(world.year().startYear()))
				.param("topic", "Тема"))
				.andExpect(noServerError())
				.andExpect(content().string(containsString("This value is not valid.")));
	}

	@Test
	void aVersionThatIsNoNumberOnTheCancelFormsIsRefusedAndNothingIsCancelled() throws Exception {
		mvc.perform(post("/associations/sessions/{id}/cancel", world.session()).with(user(world.head())).with(csrf())
				.param("lang", "en").param("version", "abc").param("reason", "Себеп"))
				.andExpect(noServerError());
		mvc.perform(post("/council/sessions/{id}/cancel", world.councilSession()).with(user(world.school().deputy()))
				.with(csrf()).param("lang", "en").param("version", "abc").param("reason", "Себеп"))
				.andExpect(noServerError());

		assertThat(sessions.findSession(world.head(), world.session()).status().name()).isEqualTo("SCHEDULED");
		assertThat(councils.findSession(world.school().deputy(), world.councilSession()).status().name())
				.isEqualTo("SCHEDULED");
	}

	@Test
	void aBlankRoleOnTheAccountFormsIsNoRole() throws Exception {
		mvc.perform(post("/accounts").with(user(world.school().admin())).with(csrf()).param("lang", "en")
				.param("staffId", world.newcomer().toString()).param("username", "newcomer-x1")
				.param("password", "long-password-1").param("roles", " "))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("field-error")));
		mvc.perform(post("/accounts/{id}/roles", world.school().teacher().accountId()).with(user(world.school().admin()))
				.with(csrf()).param("version", "0").param("roles", " "))
				.andExpect(redirectedUrl("/accounts"))
				.andExpect(flash().attribute("refusal", "school.account.roles.required"));
	}

	@Test
	void aMalformedIdInTheAddressAnswersATranslatedBadRequest() throws Exception {
		mvc.perform(get("/thematic/{id}", "not-an-id").param("lang", "en").with(user(world.member())))
				.andExpect(status().isBadRequest())
				.andExpect(content().string(containsString(BAD_INPUT)));
		mvc.perform(get("/associations/{id}", "123e4567-e89b-12d3-a456-42661417400").with(user(world.member())))
				.andExpect(status().is4xxClientError());
	}

	@Test
	void aNulCharacterInATextFieldIsRefusedOnTheFieldAndNothingIsSaved() throws Exception {
		mvc.perform(post("/associations/{id}/theme", world.association()).with(user(world.head())).with(csrf())
				.param("lang", "en").param("version", version("association.associations", world.association().value()))
				.param("schoolYear", String.valueOf(world.year().startYear())).param("theme", "Тема\u0000x"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Remove the invisible control characters")));
		mvc.perform(post("/associations/sessions/{id}/cancel", world.session()).with(user(world.head())).with(csrf())
				.param("lang", "en").param("version", version("association.sessions", world.session().value()))
				.param("reason", "Себеп\r\nSet-Cookie: x=y"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Write this on one line.")));

		assertThat(associations.find(world.head(), world.association()).theme(world.year())).isEmpty();
	}

	@Test
	void aLineBreakInTheBackAddressIsIgnored() throws Exception {
		mvc.perform(post("/plans/{id}/period/additions/{a}/done", world.plan(), world.periodAddition())
				.with(user(world.head())).with(csrf()).param("back", "?quarter=2\r\nLocation: https://evil.example"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/plans/" + world.plan() + "/period"));
		mvc.perform(post("/plans/{id}/period/additions/{a}/done", world.plan(), world.periodAddition())
				.with(user(world.head())).with(csrf()).param("back", "?quarter=2"))
				.andExpect(redirectedUrl("/plans/" + world.plan() + "/period?quarter=2"));
	}

	@Test
	void aSaveWithoutItsVersionIsRefusedAsAConflictAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(post("/associations/{id}/theme", world.association()).with(user(world.head())).with(csrf())
				.param("lang", "en").param("schoolYear", String.valueOf(world.year().startYear()))
				.param("theme", "Менин темам"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(CONFLICT)))
				.andExpect(content().string(containsString("Менин темам")));
		mvc.perform(post("/plans/{id}/approve", world.plan()).with(user(world.school().director())).with(csrf())
				.param("lang", "en"))
				.andExpect(content().string(containsString(CONFLICT)));

		assertThat(associations.find(world.head(), world.association()).theme(world.year())).isEmpty();
	}

	@Test
	void aSaveOverAChangeMadeInAnotherTabShowsTheFormAgainWithWhatWasTypedAndTheReason() throws Exception {
		String shown = version("association.associations", world.association().value());
		associations.chooseSecretary(world.school().deputy(), world.association(), null, world.member().staffId());

		mvc.perform(post("/associations/{id}/theme", world.association()).with(user(world.head())).with(csrf())
				.param("lang", "en").param("version", shown).param("schoolYear", String.valueOf(world.year().startYear()))
				.param("theme", "Экинчи өтмөктөгү тема"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(CONFLICT)))
				.andExpect(content().string(containsString("Экинчи өтмөктөгү тема")));
	}

	@Test
	void aPeriodAdditionOutsideThePlansSchoolYearIsRefusedOnTheMonth() throws Exception {
		int before = additions.of(plans.find(world.head(), world.plan()), new PeriodAdditions.Period(null,
				java.time.YearMonth.of(1999, 1))).size();
		mvc.perform(post("/plans/{id}/period/additions", world.plan()).with(user(world.head())).with(csrf())
				.param("month", "1999-01").param("what", "Кошумча").param("responsible", world.member().staffId().toString())
				.param("day", "1999-01-15"))
				.andExpect(status().is3xxRedirection())
				.andExpect(flash().attribute("refusal", org.hamcrest.Matchers.hasProperty("class")))
				.andDo(result -> assertThat(((kg.usulduk.school.RuleViolation) result.getFlashMap().get("refusal")).code())
						.isEqualTo("plans.period.outsideYear"));

		assertThat(additions.of(plans.find(world.head(), world.plan()), new PeriodAdditions.Period(null,
				java.time.YearMonth.of(1999, 1)))).hasSize(before);
	}

	@Test
	void movingAnActivityToTheSameDayAndTimeIsRefusedAndChangesNothing() throws Exception {
		String shown = version("association.activities", world.activity().value());
		mvc.perform(post("/activities/{id}/reschedule", world.activity()).with(user(world.head())).with(csrf())
				.param("lang", "en").param("version", shown).param("reason", "Себеп")
				.param("date", LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE).toString()).param("time", "23:00"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Change the day or the time.")));

		assertThat(version("association.activities", world.activity().value())).isEqualTo(shown);
	}

	@Test
	void openingAnAssociationSaysSoInTheReadersLanguage() throws Exception {
		MvcResult opened = mvc.perform(post("/associations").with(user(world.school().deputy())).with(csrf())
				.param("name", "Тарых УБ").param("kind", "SUBJECT").param("subjects", "Тарых")
				.param("orderNumber", "46").param("orderDate", LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE).toString()))
				.andExpect(status().is3xxRedirection()).andReturn();

		// The flash travels in the session as a browser's would: sessions live in PostgreSQL (Spring Session), so
		// the next request carries the session's cookie rather than MockMvc's in-memory flash attributes.
		mvc.perform(get(opened.getResponse().getRedirectedUrl()).param("lang", "ky")
				.cookie(opened.getResponse().getCookie("SESSION")).with(user(world.school().deputy())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Бирикме ачылды.")))
				.andExpect(content().string(not(containsString("??"))));
	}

	private String version(String table, Object id) {
		return String.valueOf(jdbc.sql("select version from " + table + " where id = ?").param(id).query(Integer.class)
				.single());
	}
}
