package kg.usulduk.planning.internal.thematic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Plan I.4 through the pages: a teacher submits, the head records the discussion, the deputy approves. */
@SpringBootTest
@AutoConfigureMockMvc
class ThematicPlanWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired ThematicPlans plans;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	static final SchoolYear YEAR = SchoolYear.of(TODAY);

	@Test
	void aTeachersPlanIsSubmittedDiscussedByTheHeadAndApprovedByTheDeputy() throws Exception {
		TestSchool school = testSchools.register();
		// The administrator's staff member teaches here and belongs to the association the teacher heads.
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening("Математика УБ",
				AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", TODAY)));
		associations.admit(school.deputy(), association.getId(), null, school.teacher().staffId());
		associations.admit(school.deputy(), association.getId(), null, school.admin().staffId());
		associations.electHead(school.deputy(), association.getId(), null, school.teacher().staffId(),
				new OrderReference("45/1", TODAY));

		String location = mvc.perform(post("/thematic").with(user(school.admin())).with(csrf())
				.param("schoolYear", String.valueOf(YEAR.startYear())).param("subject", "Алгебра").param("classGroup", "8А")
				.param("topics", "Квадраттык теңдемелер; 6; " + YEAR.start().plusDays(40) + "\nВиет теоремасы; 3; " + YEAR.end().minusDays(30)))
				.andExpect(redirectedUrlPattern("/thematic/*")).andReturn().getResponse().getRedirectedUrl();

		mvc.perform(post(location + "/approve").param("version", version(location)).with(user(school.deputy())).with(csrf()).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("after the association has discussed it")));
		mvc.perform(post(location + "/discussed").param("version", version(location)).with(user(school.teacher())).with(csrf()).param("note", "Талкууланды"))
				.andExpect(redirectedUrlPattern("/thematic/*"));
		mvc.perform(post(location + "/approve").param("version", version(location)).with(user(school.deputy())).with(csrf()))
				.andExpect(redirectedUrlPattern("/thematic/*"));
		mvc.perform(post(location + "/taught").param("version", version(location)).with(user(school.admin())).with(csrf()).param("topic", "0"))
				.andExpect(redirectedUrlPattern("/thematic/*"));

		ThematicPlan plan = plans.findById(ThematicPlan.ThematicPlanId.of(location.substring(location.lastIndexOf('/') + 1))).orElseThrow();
		assertThat(plan.status()).isEqualTo(ThematicPlan.Status.APPROVED);
		assertThat(plan.topics().get(0).taughtOn()).isEqualTo(TODAY);
		mvc.perform(get("/thematic").with(user(school.director()))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Алгебра")));
		mvc.perform(post(location + "/taught").param("version", version(location)).with(user(school.teacher())).with(csrf()).param("topic", "1"))
				.andExpect(status().isForbidden());
	}

	@Test
	void aBadTopicLineOrADateOutsideTheYearIsRefusedOnTheForm() throws Exception {
		TestSchool school = testSchools.register();

		mvc.perform(post("/thematic").with(user(school.teacher())).with(csrf()).param("lang", "en")
				.param("schoolYear", String.valueOf(YEAR.startYear())).param("subject", "Алгебра").param("classGroup", "8А")
				.param("topics", "Квадраттык теңдемелер, алты саат"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Write this line as")));
		mvc.perform(post("/thematic").with(user(school.teacher())).with(csrf()).param("lang", "en")
				.param("schoolYear", String.valueOf(YEAR.startYear())).param("subject", "Алгебра").param("classGroup", "8А")
				.param("topics", "Жайкы тема; 2; " + YEAR.end().plusDays(5)))
				.andExpect(status().isOk()).andExpect(content().string(containsString("falls outside the school year")));

		assertThat(plans.findBySchoolIdAndSchoolYearOrderBySubjectAscClassGroupAsc(school.id(), YEAR.startYear())).isEmpty();
	}

	/** The version the plan's page would carry in its forms. */
	private String version(String location) {
		return plans.findById(ThematicPlan.ThematicPlanId.of(location.substring(location.lastIndexOf('/') + 1)))
				.orElseThrow().version().toString();
	}
}
