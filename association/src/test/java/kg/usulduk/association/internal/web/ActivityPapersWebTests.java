package kg.usulduk.association.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import kg.usulduk.association.ActivityKind;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Activity;
import kg.usulduk.association.internal.ActivityManagement;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** An activity's papers (plan, outcome, a visit's analysis) are the association's, not the whole school's. */
@SpringBootTest
@AutoConfigureMockMvc
class ActivityPapersWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement management;
	@Autowired ActivityManagement activities;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	TestSchool school;
	SchoolUser head;
	StaffId colleague;
	Association association;

	@BeforeEach
	void mathematicsAssociation() {
		school = testSchools.register();
		head = school.teacher();
		colleague = testSchools.addTeacher(school.id(), "Осмонов Бакыт", LocalDate.of(2011, 9, 1));
		association = management.open(school.deputy(), new AssociationManagement.Opening("Математика мугалимдеринин УБ",
				AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", TODAY)));
		management.admit(school.deputy(), association.getId(), null, head.staffId());
		management.admit(school.deputy(), association.getId(), null, colleague);
		association = management.electHead(school.deputy(), association.getId(), null, head.staffId(),
				new OrderReference("45/1", TODAY));
	}

	@Test
	void anActivitysPlanIsShownToTheAssociationButNotToStaffOutsideIt() throws Exception {
		Activity lesson = activities.schedule(head, association.getId(), new Activity.Plan(ActivityKind.OPEN_LESSON,
				"Ачык сабак: Пифагор", colleague, null, TODAY.plusDays(2), null, LocalTime.of(10, 0), "8Б",
				"Сабактын жашыруун планы"));

		mvc.perform(get("/activities/{id}", lesson.getId()).with(user(head))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Сабактын жашыруун планы")));
		mvc.perform(get("/activities/{id}", lesson.getId()).with(user(school.deputy()))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Сабактын жашыруун планы")));
		// Another teacher of the school (here the administrator) sees what the public schedule shows.
		mvc.perform(get("/activities/{id}", lesson.getId()).with(user(school.admin()))).andExpect(status().isOk())
				.andExpect(content().string(containsString("Ачык сабак: Пифагор")))
				.andExpect(content().string(not(containsString("Сабактын жашыруун планы"))));
	}

	@Test
	void aLessonVisitToAnotherSchoolsTeacherIsRefused() {
		TestSchool other = testSchools.register();

		assertThatThrownBy(() -> activities.schedule(head, association.getId(), new Activity.Plan(
				ActivityKind.LESSON_VISIT, "Сабакка катышуу", colleague, other.teacher().staffId(), TODAY.plusDays(2),
				null, null, null, null)))
				.isInstanceOf(RuleViolation.class)
				.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("school.staff.notOfSchool"));
	}
}
