package kg.usulduk.planning.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.PedagogicalResolutions;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.council.internal.Council;
import kg.usulduk.council.internal.CouncilManagement;
import kg.usulduk.council.internal.CouncilProtocol;
import kg.usulduk.council.internal.CouncilProtocolEntry;
import kg.usulduk.council.internal.CouncilSession;
import kg.usulduk.planning.internal.SchoolThemes;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * 001 plan header: the work plan and the school's theme show the pedagogical council's resolution that adopted them,
 * chosen from the resolutions the council adopted in the year; the plan's print view fills the header's line.
 */
@SpringBootTest
@AutoConfigureMockMvc
class PedagogicalAdoptionWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired WorkPlanManagement plans;
	@Autowired WorkPlans workPlans;
	@Autowired SchoolThemes themes;
	@Autowired CouncilManagement councils;
	@Autowired PedagogicalResolutions resolutions;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	static final SchoolYear YEAR = SchoolYear.of(TODAY);

	/** The year's pedagogical council held a session today whose signed protocol adopted the plans (№ 1) and the theme (№ 2). */
	void pedagogicalCouncilAdopted(TestSchool school) {
		Council council = councils.formPedagogical(school.director(), YEAR, null);
		CouncilSession session = councils.schedule(school.director(), council.getId(), TODAY, LocalTime.of(9, 0), null,
				List.of(new AgendaItem("Иш пландары"), new AgendaItem("Усулдук тема")), false);
		councils.hold(school.director(), session.getId(), null, Set.copyOf(council.members()));
		councils.electSecretary(school.director(), session.getId(), school.teacher().staffId());
		CouncilProtocol protocol = councils.protocolsOf(school.director(), session.getId()).get(0);
		councils.writeAndSign(school.director(), protocol.getId(), null, List.of(
				new CouncilProtocolEntry("Иш пландары", null, "Кабыл алынсын", DecisionKind.ADOPT_WORK_PLANS, null, null,
						null, null, null, null, null),
				new CouncilProtocolEntry("Усулдук тема", null, "Кабыл алынсын", DecisionKind.ADOPT_THEME, null, null,
						null, null, null, null, null)));
		councils.sign(school.teacher(), protocol.getId(), null);
	}

	WorkPlan planOf(TestSchool school) {
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening("Тарых УБ",
				AssociationKind.SUBJECT, List.of("Тарых"), new OrderReference("45", TODAY)));
		return plans.startFromTemplate(school.deputy(), association.getId(), YEAR, Locale.forLanguageTag("ky"));
	}

	@Test
	void theDirectorRecordsTheResolutionThatAdoptedThePlanAndItsPrintViewShowsIt() throws Exception {
		TestSchool school = testSchools.register();
		WorkPlan plan = planOf(school);
		pedagogicalCouncilAdopted(school);
		String date = kg.usulduk.school.Dates.date(TODAY, Locale.ENGLISH);
		// The print view is in the school's language, Kyrgyz: "2-декабрь 2026".
		String kyrgyzDate = kg.usulduk.school.Dates.date(TODAY, Locale.forLanguageTag("ky"));
		var adopting = resolutions.adoptedIn(school.id(), YEAR);

		mvc.perform(get("/plans/{id}", plan.getId()).with(user(school.director())).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("№ 1 of " + date + ": Иш пландары")))
				.andExpect(content().string(not(containsString("№ 2 of " + date))));
		mvc.perform(post("/plans/{id}/adopted-by", plan.getId()).with(user(school.teacher())).with(csrf())
				.param("version", "0").param("resolution", adopting.get(0).session() + ":1"))
				.andExpect(status().isForbidden());
		mvc.perform(post("/plans/{id}/adopted-by", plan.getId()).with(user(school.director())).with(csrf())
				.param("version", "0").param("resolution", adopting.get(1).session() + ":2").param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("This resolution does not adopt this paper")));
		mvc.perform(post("/plans/{id}/adopted-by", plan.getId()).with(user(school.director())).with(csrf())
				.param("version", "0").param("resolution", "not-a-resolution").param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Choose one of the pedagogical council")));
		assertThat(workPlans.findById(plan.getId()).orElseThrow().adoption()).isEmpty();

		mvc.perform(post("/plans/{id}/adopted-by", plan.getId()).with(user(school.director())).with(csrf())
				.param("version", "0").param("resolution", adopting.get(0).session() + ":1"))
				.andExpect(status().is3xxRedirection());

		mvc.perform(get("/plans/{id}", plan.getId()).with(user(school.teacher())).param("lang", "en"))
				.andExpect(content().string(containsString("resolution № 1 of " + date)));
		mvc.perform(get("/plans/{id}/print", plan.getId()).with(user(school.teacher())))
				.andExpect(content().string(containsString(kyrgyzDate + " № 1 токтому менен кабыл алынды")));
	}

	@Test
	void theThemeShowsTheResolutionThatAdoptedIt() throws Exception {
		TestSchool school = testSchools.register();
		themes.set(school.deputy(), YEAR, new SchoolThemes.Theme("Функционалдык сабаттуулук", null, null, null, null),
				null);
		pedagogicalCouncilAdopted(school);
		var adopting = resolutions.adoptedIn(school.id(), YEAR);

		mvc.perform(post("/theme/adopted-by").with(user(school.deputy())).with(csrf()).param("version", "0")
				.param("schoolYear", String.valueOf(YEAR.startYear()))
				.param("resolution", adopting.get(0).session() + ":1"))
				.andExpect(status().is3xxRedirection());
		assertThat(themes.of(school.deputy(), school.id(), YEAR).orElseThrow().adoption())
				.as("the resolution adopting the plans does not adopt the theme").isNull();

		mvc.perform(post("/theme/adopted-by").with(user(school.deputy())).with(csrf()).param("version", "0")
				.param("schoolYear", String.valueOf(YEAR.startYear()))
				.param("resolution", adopting.get(1).session() + ":2"))
				.andExpect(status().is3xxRedirection());

		mvc.perform(get("/theme").with(user(school.teacher())).param("lang", "ru"))
				.andExpect(content().string(containsString("Принят решением педагогического совета № 2")));
		themes.set(school.deputy(), YEAR, new SchoolThemes.Theme("Башка тема", null, null, null, null), 1);
		assertThat(themes.of(school.deputy(), school.id(), YEAR).orElseThrow().adoption())
				.as("a theme reworded after its adoption is not the adopted theme").isNull();
	}
}
