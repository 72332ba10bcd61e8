package kg.usulduk.planning.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** 001 §6.8, 004: a quarter's plan is the annual plan's items of the quarter and its own additions. */
@SpringBootTest
@AutoConfigureMockMvc
class PeriodAdditionsWebTests {

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	static final SchoolYear YEAR = SchoolYear.of(TODAY);

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired WorkPlanManagement plans;
	@Autowired PeriodAdditions additions;

	@Test
	void theHeadAddsToAQuartersPlanWithinItsDaysAndOthersDoNot() throws Exception {
		TestSchool school = testSchools.register();
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening("Физика УБ",
				AssociationKind.SUBJECT, List.of("Физика"), new OrderReference("48", TODAY)));
		associations.admit(school.deputy(), association.getId(), null, school.teacher().staffId());
		associations.electHead(school.deputy(), association.getId(), null, school.teacher().staffId(),
				new OrderReference("48/1", TODAY));
		WorkPlan plan = plans.startFromTemplate(school.teacher(), association.getId(), YEAR, Locale.ENGLISH);
		Quarter second = Quarter.defaultsFor(YEAR).get(1);

		mvc.perform(post("/plans/{id}/period/additions", plan.getId()).with(user(school.teacher())).with(csrf())
				.param("quarter", "2").param("what", "Физикадан декада").param("responsible", school.teacher().staffId().toString())
				.param("day", second.end().plusDays(10).toString()));
		mvc.perform(get("/plans/{id}/period", plan.getId()).with(user(school.teacher())).param("quarter", "2")
				.param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Nothing added for this period.")));

		mvc.perform(post("/plans/{id}/period/additions", plan.getId()).with(user(school.teacher())).with(csrf())
				.param("quarter", "2").param("what", "Физикадан декада").param("responsible", school.teacher().staffId().toString())
				.param("day", second.start().plusDays(3).toString()));
		mvc.perform(post("/plans/{id}/period/additions", plan.getId()).with(user(school.admin())).with(csrf())
				.param("quarter", "2").param("what", "Башка").param("responsible", school.admin().staffId().toString()))
				.andExpect(status().isForbidden());

		assertThat(additions.of(plan, new PeriodAdditions.Period(2, null))).singleElement()
				.satisfies(a -> assertThat(a.what()).isEqualTo("Физикадан декада"));
		mvc.perform(get("/plans/{id}/period", plan.getId()).with(user(school.director())).param("quarter", "2"))
				.andExpect(content().string(containsString("Физикадан декада")));
		assertThat(additions.of(plan, new PeriodAdditions.Period(3, null))).isEmpty();
	}
}
