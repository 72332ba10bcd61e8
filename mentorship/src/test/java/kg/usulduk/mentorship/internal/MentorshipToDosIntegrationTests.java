package kg.usulduk.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.mentorship.PlanOwner;
import kg.usulduk.mentorship.ReportKind;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.ToDo;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The start page's mentorship lines (plan IV.1): the deputy's young teachers without a mentor, the proposed mentor's
 * answer, the proposing head's plans to approve, the pair's reports near the end of the term; nothing for others.
 */
@SpringBootTest
class MentorshipToDosIntegrationTests {

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired MentorshipManagement mentorship;
	@Autowired MentorshipToDos todos;
	@Autowired SchoolDirectory schools;

	TestSchool school;
	SchoolProfile profile;
	SchoolUser head;
	SchoolUser mentor;
	SchoolUser young;
	SchoolUser colleague;

	@BeforeEach
	void aSchoolWithTwoYoungTeachers() {
		school = testSchools.register();
		profile = schools.find(school.id()).orElseThrow();
		head = school.teacher();
		mentor = testSchools.addPerson(school, Role.TEACHER, "Осмонов Бакыт");
		colleague = testSchools.addPerson(school, Role.TEACHER, "Каримов Эрлан");
		StaffId youngId = testSchools.addTeacher(school.id(), "Мамытова Чолпон", TODAY.minusYears(1));
		young = new SchoolUser(UUID.randomUUID(), "young-" + youngId, "x", school.id(), youngId, "Мамытова Чолпон",
				null, Set.of(Role.TEACHER), false, true);
		testSchools.addTeacher(school.id(), "Усенов Тимур", TODAY.minusYears(2));
		AssociationId association = associations.open(school.deputy(), new AssociationManagement.Opening(
				"Тил мугалимдеринин УБ", AssociationKind.SUBJECT, List.of("Англис тили"), new OrderReference("45", TODAY)))
				.getId();
		for (StaffId member : List.of(head.staffId(), mentor.staffId(), youngId)) {
			associations.admit(school.deputy(), association, null, member);
		}
		associations.electHead(school.deputy(), association, null, head.staffId(), new OrderReference("45/1", TODAY));
	}

	List<String> lines(SchoolUser person) {
		return todos.waitingFor(person, profile, TODAY).stream()
				.map(todo -> todo.message() + " " + todo.arguments() + " " + todo.link()).toList();
	}

	@Test
	void theDeputySeesThisYearsYoungTeachersWithoutAMentorUntilOneIsProposed() {
		assertThat(lines(school.deputy())).containsExactly(
				"mentorship.todo.unpaired [Мамытова Чолпон] /mentorship", "mentorship.todo.unpaired [Усенов Тимур] /mentorship");
		assertThat(lines(colleague)).isEmpty();
		mentorship.propose(head, young.staffId(), mentor.staffId(), null);
		assertThat(lines(school.deputy())).containsExactly("mentorship.todo.unpaired [Усенов Тимур] /mentorship");
	}

	@Test
	void theProposedMentorAnswersTheHeadApprovesThePlansAndThePairReportsNearTheEnd() {
		Mentorship pair = mentorship.propose(head, young.staffId(), mentor.staffId(), null);
		String link = "/mentorship/" + pair.getId();
		assertThat(lines(mentor)).containsExactly("mentorship.todo.answer [] " + link);
		assertThat(lines(young)).isEmpty();

		pair = mentorship.accept(mentor, pair.getId(), pair.version());
		assertThat(lines(mentor)).isEmpty();
		LocalDate termEnd = TODAY.plusDays(MentorshipToDos.REPORTS_DUE_DAYS - 5);
		mentorship.assign(school.director(), new MentorOrder.Heading("47", TODAY, "Сунуш", null, termEnd,
				school.deputy().staffId(), null), List.of(pair.getId()));
		pair = mentorship.pair(mentor, pair.getId());
		assertThat(lines(head)).as("no plan written yet").isEmpty();
		pair = mentorship.addPlanItem(mentor, pair.getId(), pair.version(), PlanOwner.MENTOR, YearMonth.from(TODAY),
				"Нормативдик документтер");
		assertThat(lines(head)).containsExactly("mentorship.todo.approveMentorPlan [] " + link);
		assertThat(lines(school.deputy())).contains("mentorship.todo.approveMentorPlan [Мамытова Чолпон] " + link);
		pair = mentorship.approvePlan(head, pair.getId(), pair.version(), PlanOwner.MENTOR);
		assertThat(lines(head)).isEmpty();

		assertThat(todos.waitingFor(young, profile, TODAY)).extracting(ToDo::message, ToDo::day)
				.containsExactly(org.assertj.core.groups.Tuple.tuple("mentorship.todo.report", termEnd));
		assertThat(lines(mentor)).containsExactly("mentorship.todo.reference [] " + link);
		mentorship.submitReport(young, pair.getId(), pair.version(), ReportKind.YOUNG_TEACHER_REPORT, "Отчет");
		assertThat(lines(young)).isEmpty();
		assertThat(lines(mentor)).hasSize(1);
	}
}
