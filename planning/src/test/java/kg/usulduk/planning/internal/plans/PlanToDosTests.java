package kg.usulduk.planning.internal.plans;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.planning.internal.plans.WorkPlanManagement.ItemInput;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The "late items are listed on the responsible person's dashboard", now among their to-dos (issue 13). */
@SpringBootTest
@AutoConfigureMockMvc
class PlanToDosTests {

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	static final SchoolYear YEAR = SchoolYear.of(TODAY);

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired WorkPlanManagement plans;

	@Test
	void aLateItemIsListedOnTheResponsiblePersonsStartPageOnly() throws Exception {
		Assumptions.assumeTrue(TODAY.isAfter(YEAR.start()), "on the first day of a school year nothing can be late");
		TestSchool school = testSchools.register();
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening("Математика УБ",
				AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", TODAY)));
		associations.admit(school.deputy(), association.getId(), null, school.teacher().staffId());
		associations.electHead(school.deputy(), association.getId(), null, school.teacher().staffId(),
				new OrderReference("45/1", TODAY));
		WorkPlan plan = plans.startFromTemplate(school.teacher(), association.getId(), YEAR, Locale.ENGLISH);
		plans.addItem(school.teacher(), plan.getId(), null, new ItemInput(PlanSection.METHODOLOGY,
				"Ачык сабак: бөлчөктөр", school.teacher().staffId(), PlanTime.on(YEAR.start())));

		mvc.perform(get("/").with(user(school.teacher())).param("lang", "en"))
				.andExpect(content().string(containsString("Late in the plan of “Математика УБ”: Ачык сабак: бөлчөктөр")))
				.andExpect(content().string(containsString("Ачык сабак: бөлчөктөр")));
		mvc.perform(get("/").with(user(school.director())).param("lang", "en"))
				.andExpect(content().string(not(containsString("Ачык сабак: бөлчөктөр"))));
	}
}
