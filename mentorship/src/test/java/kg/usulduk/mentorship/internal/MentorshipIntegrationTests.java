package kg.usulduk.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.mentorship.MeetingKind;
import kg.usulduk.mentorship.MentorshipId;
import kg.usulduk.mentorship.MentorshipLessonVisited;
import kg.usulduk.mentorship.PlanOwner;
import kg.usulduk.mentorship.ReportKind;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The school's mentorship on PostgreSQL (issue 14): bad input is refused with a translated message and changes nothing
 * (each case reloads the pair and compares); each role does only what "Who may do what" gives it, and another school's
 * pair is not found; a pair's lesson visit reaches the association as a mutual visit, once.
 */
@SpringBootTest
class MentorshipIntegrationTests {

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired MentorshipManagement mentorship;
	@Autowired Mentorships pairs;
	@Autowired MessageSource messages;
	@Autowired JdbcClient jdbc;
	@Autowired ApplicationEventPublisher publisher;
	@Autowired TransactionTemplate transactions;

	TestSchool school;
	TestSchool other;
	SchoolUser head;
	SchoolUser mentor;
	SchoolUser young;
	SchoolUser secondYoung;
	SchoolUser colleague;
	AssociationId association;

	@BeforeEach
	void aSchoolWithAnAssociationAndTwoYoungTeachers() {
		school = testSchools.register();
		other = testSchools.register();
		head = school.teacher();
		mentor = testSchools.addPerson(school, Role.TEACHER, "Осмонов Бакыт");
		colleague = testSchools.addPerson(school, Role.TEACHER, "Каримов Эрлан");
		young = youngTeacher("Мамытова Чолпон");
		secondYoung = youngTeacher("Усенов Тимур");
		association = associations.open(school.deputy(), new AssociationManagement.Opening("Тил мугалимдеринин УБ",
				AssociationKind.SUBJECT, List.of("Англис тили"), new OrderReference("45", TODAY))).getId();
		for (StaffId member : List.of(head.staffId(), mentor.staffId(), colleague.staffId(), young.staffId(),
				secondYoung.staffId())) {
			associations.admit(school.deputy(), association, null, member);
		}
		associations.electHead(school.deputy(), association, null, head.staffId(), new OrderReference("45/1", TODAY));
	}

	/** A young teacher (a year of experience), signed in as a teacher. */
	SchoolUser youngTeacher(String name) {
		StaffId id = testSchools.addTeacher(school.id(), name, TODAY.minusYears(1));
		return new SchoolUser(UUID.randomUUID(), "young-" + id, "x", school.id(), id, name, null, Set.of(Role.TEACHER),
				false, true);
	}

	Mentorship proposed() {
		return mentorship.propose(head, young.staffId(), mentor.staffId(), null);
	}

	Mentorship accepted() {
		Mentorship pair = proposed();
		return mentorship.accept(mentor, pair.getId(), pair.version());
	}

	Mentorship assigned() {
		return assigned(accepted());
	}

	Mentorship assigned(Mentorship pair) {
		mentorship.assign(school.director(), new MentorOrder.Heading("47", TODAY, "Бирикменин сунушу", null, null,
				school.deputy().staffId(), null), List.of(pair.getId()));
		return reload(pair.getId());
	}

	Mentorship reload(MentorshipId id) {
		return pairs.findById(id).orElseThrow();
	}

	int pairsOfTheSchool() {
		return pairs.findBySchoolIdAndSchoolYearOrderByProposedOnAsc(school.id(), SchoolYear.of(TODAY).startYear())
				.size();
	}

	/** Refused with these codes, each said in the three languages. */
	void refusedWith(Runnable act, String... codes) {
		assertThatThrownBy(act::run).isInstanceOfSatisfying(RuleViolation.class, violation -> {
			assertThat(violation.all()).extracting(RuleViolation::code).contains(codes);
			for (RuleViolation one : violation.all()) {
				for (String language : List.of("ky", "ru", "en")) {
					assertThat(messages.getMessage(one.code(), one.arguments(), null, Locale.forLanguageTag(language)))
							.as(one.code() + " in " + language).isNotNull().isNotEqualTo(one.code());
				}
			}
		});
	}

	/** What a refused act must have left as it was. */
	record Seen(Mentorship.Status status, int version, int meetings, int items, String report) {

		static Seen of(Mentorship pair) {
			return new Seen(pair.status(), pair.version(), pair.meetings().size(),
					pair.plan(PlanOwner.MENTOR).size() + pair.plan(PlanOwner.YOUNG_TEACHER).size(),
					pair.youngTeacherReport().orElse(null));
		}
	}

	Mentorship.MeetingRecord meeting(LocalDate day, Integer minutes) {
		return new Mentorship.MeetingRecord(MeetingKind.CONSULTATION, "Сабактын планы", day, LocalTime.of(14, 0),
				minutes, null);
	}

	@Test
	void aYoungMentorIsRefusedAndNoPairIsProposed() {
		refusedWith(() -> mentorship.propose(head, young.staffId(), secondYoung.staffId(), null), "mentorship.mentor.young");
		assertThat(pairsOfTheSchool()).isZero();
	}

	@Test
	void aMenteeOverTheSchoolsMaximumIsRefused() {
		mentorship.changeSettings(school.director(), 5, 1);
		proposed();
		refusedWith(() -> mentorship.propose(head, secondYoung.staffId(), mentor.staffId(), null),
				"mentorship.mentor.tooManyMentees");
		assertThat(pairsOfTheSchool()).isOne();
	}

	@Test
	void anotherSchoolsStaffAsMentorIsRefused() {
		refusedWith(() -> mentorship.propose(head, young.staffId(), other.teacher().staffId(), null),
				"school.staff.notOfSchool");
		assertThat(pairsOfTheSchool()).isZero();
	}

	@Test
	void aMeetingBeforeTheOrderIsRefusedAndNothingChanges() {
		Mentorship accepted = accepted();
		Seen before = Seen.of(reload(accepted.getId()));
		refusedWith(() -> mentorship.logMeeting(mentor, accepted.getId(), accepted.version(), meeting(TODAY, 45)),
				"mentorship.beforeOrder");
		assertThat(Seen.of(reload(accepted.getId()))).isEqualTo(before);

		Mentorship pair = assigned(reload(accepted.getId()));
		Seen assigned = Seen.of(pair);
		refusedWith(() -> mentorship.logMeeting(mentor, pair.getId(), pair.version(), meeting(TODAY.minusDays(1), 45)),
				"mentorship.meeting.outsideTerm");
		assertThat(Seen.of(reload(pair.getId()))).isEqualTo(assigned);
	}

	@Test
	void aNegativeOrThirtyHourMeetingIsRefusedAndNothingChanges() {
		Mentorship pair = assigned();
		Seen before = Seen.of(pair);
		refusedWith(() -> mentorship.logMeeting(mentor, pair.getId(), pair.version(), meeting(TODAY, -45)),
				"mentorship.meeting.minutesRange");
		refusedWith(() -> mentorship.logMeeting(mentor, pair.getId(), pair.version(), meeting(TODAY, 30 * 60)),
				"mentorship.meeting.minutesRange");
		assertThat(Seen.of(reload(pair.getId()))).isEqualTo(before);
	}

	@Test
	void aCompletedPairIsNoLongerEditedAndNothingChanges() {
		Mentorship pair = assigned();
		pair = mentorship.submitReport(young, pair.getId(), pair.version(), ReportKind.YOUNG_TEACHER_REPORT,
				"Ачык сабак өттүм");
		pair = mentorship.submitReport(mentor, pair.getId(), pair.version(), ReportKind.MENTOR_REFERENCE,
				"Жоопкерчиликтүү мугалим");
		Mentorship completed = mentorship.complete(head, pair.getId(), pair.version(), "Ийгиликтүү аяктады", null);
		Seen before = Seen.of(reload(completed.getId()));
		refusedWith(() -> mentorship.logMeeting(mentor, completed.getId(), completed.version(), meeting(TODAY, 45)),
				"mentorship.closed");
		refusedWith(() -> mentorship.addPlanItem(mentor, completed.getId(), completed.version(), PlanOwner.MENTOR,
				YearMonth.from(TODAY), "Дагы бир пункт"), "mentorship.closed");
		refusedWith(() -> mentorship.submitReport(young, completed.getId(), completed.version(),
				ReportKind.YOUNG_TEACHER_REPORT, "Башка отчет"), "mentorship.closed");
		assertThat(Seen.of(reload(completed.getId()))).isEqualTo(before);
		assertThat(reload(completed.getId()).status()).isEqualTo(Mentorship.Status.COMPLETED);
	}

	@Test
	void onlyTheHeadOfTheYoungTeachersAssociationOrADeputyProposes() {
		assertThatThrownBy(() -> mentorship.propose(colleague, young.staffId(), mentor.staffId(), null))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> mentorship.propose(school.director(), young.staffId(), mentor.staffId(), null))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> mentorship.propose(school.observer(), young.staffId(), mentor.staffId(), null))
				.isInstanceOf(AccessDeniedException.class);
		assertThat(pairsOfTheSchool()).isZero();
		assertThat(mentorship.propose(school.deputy(), young.staffId(), mentor.staffId(), null).status())
				.isEqualTo(Mentorship.Status.PROPOSED);
	}

	@Test
	void aDeputysProposalGoesToTheYoungTeachersSubjectAssociationNotToTheirCreativeGroup() {
		AssociationId group = associations.open(school.deputy(), new AssociationManagement.Opening(
				"Ааламдык долбоорлор", AssociationKind.CREATIVE_GROUP, List.of(), "Долбоордук окутуу",
				new OrderReference("46", TODAY))).getId();
		associations.admit(school.deputy(), group, null, young.staffId());

		Mentorship pair = mentorship.propose(school.deputy(), young.staffId(), mentor.staffId(), null);

		assertThat(pair.associationId()).isEqualTo(association);
	}

	@Test
	void onlyTheProposedMentorAnswersAndOnlyTheDirectorIssuesTheOrder() {
		Mentorship pair = proposed();
		for (SchoolUser someone : List.of(head, young, colleague, school.deputy())) {
			assertThatThrownBy(() -> mentorship.accept(someone, pair.getId(), pair.version()))
					.as(someone.fullName()).isInstanceOf(AccessDeniedException.class);
		}
		Mentorship accepted = mentorship.accept(mentor, pair.getId(), pair.version());
		MentorOrder.Heading heading = new MentorOrder.Heading("47", TODAY, "Сунуш", null, null,
				school.deputy().staffId(), null);
		for (SchoolUser someone : List.of(head, mentor, school.deputy(), school.observer())) {
			assertThatThrownBy(() -> mentorship.assign(someone, heading, List.of(accepted.getId())))
					.as(someone.fullName()).isInstanceOf(AccessDeniedException.class);
		}
		assertThat(reload(pair.getId()).status()).isEqualTo(Mentorship.Status.ACCEPTED);
		mentorship.assign(school.director(), heading, List.of(accepted.getId()));
		assertThat(reload(pair.getId()).status()).isEqualTo(Mentorship.Status.ASSIGNED);
	}

	@Test
	void thePairKeepsItsOwnPlansTheHeadOrADeputyApprovesThemOthersOnlySeeTheList() {
		Mentorship pair = assigned();
		MentorshipId id = pair.getId();
		assertThatThrownBy(() -> mentorship.addPlanItem(young, id, reload(id).version(), PlanOwner.MENTOR,
				YearMonth.from(TODAY), "Менин пунктум")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> mentorship.addPlanItem(colleague, id, reload(id).version(), PlanOwner.YOUNG_TEACHER,
				YearMonth.from(TODAY), "Бөтөн пункт")).isInstanceOf(AccessDeniedException.class);
		mentorship.addPlanItem(mentor, id, reload(id).version(), PlanOwner.MENTOR, YearMonth.from(TODAY),
				"Нормативдик документтер");
		for (SchoolUser someone : List.of(mentor, young, colleague, school.director(), school.observer())) {
			assertThatThrownBy(() -> mentorship.approvePlan(someone, id, reload(id).version(), PlanOwner.MENTOR))
					.as(someone.fullName()).isInstanceOf(AccessDeniedException.class);
		}
		assertThatThrownBy(() -> mentorship.logMeeting(colleague, id, reload(id).version(), meeting(TODAY, 45)))
				.isInstanceOf(AccessDeniedException.class);
		assertThat(reload(id).planApprovedOn(PlanOwner.MENTOR)).isEmpty();
		assertThat(reload(id).meetings()).isEmpty();
		mentorship.approvePlan(head, id, reload(id).version(), PlanOwner.MENTOR);
		assertThat(reload(id).planApprovedOn(PlanOwner.MENTOR)).contains(TODAY);

		// Other staff see the list of pairs, not a pair's papers; the district's observer reads them.
		assertThat(mentorship.overview(colleague, school.id(), SchoolYear.of(TODAY)).pairs()).hasSize(1);
		assertThatThrownBy(() -> mentorship.pair(colleague, id)).isInstanceOf(AccessDeniedException.class);
		assertThat(mentorship.pair(school.observer(), id).getId()).isEqualTo(id);
		assertThat(mentorship.pair(young, id).getId()).isEqualTo(id);
		assertThat(mentorship.pair(head, id).getId()).isEqualTo(id);
	}

	@Test
	void anotherSchoolsPairIsNotFound() {
		Mentorship pair = proposed();
		assertThatThrownBy(() -> mentorship.pair(other.deputy(), pair.getId())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> mentorship.accept(other.teacher(), pair.getId(), pair.version()))
				.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> mentorship.approvePlan(other.deputy(), pair.getId(), pair.version(), PlanOwner.MENTOR))
				.isInstanceOf(NotFound.class);
		assertThat(reload(pair.getId()).status()).isEqualTo(Mentorship.Status.PROPOSED);
	}

	int visitsRecorded(UUID meeting) {
		return jdbc.sql("""
				SELECT count(*) FROM association.activities WHERE source_id = ? AND kind = 'LESSON_VISIT'
				    AND status = 'HELD'""").param(meeting).query(Integer.class).single();
	}

	@Test
	void aPairsLessonVisitIsTheAssociationsMutualVisitOnceWhateverReplaysIt() {
		Mentorship pair = assigned();
		pair = mentorship.logMeeting(mentor, pair.getId(), pair.version(), new Mentorship.MeetingRecord(
				MeetingKind.MENTOR_VISITS_LESSON, "«My family», 5-класс", TODAY, LocalTime.of(10, 0), 45,
				"Көрсөтмөлөр узун; үлгү көрсөтүү сунушталат"));
		UUID meeting = pair.meetings().get(0).ref();
		await().atMost(Duration.ofSeconds(15)).until(() -> visitsRecorded(meeting) == 1);
		assertThat(jdbc.sql("""
				SELECT association_id, responsible, visited, date FROM association.activities WHERE source_id = ?""")
				.param(meeting).query((rs, n) -> List.of(rs.getObject(1), rs.getObject(2), rs.getObject(3),
						rs.getObject(4, LocalDate.class)))
				.single()).containsExactly(association.value(), mentor.staffId().value(), young.staffId().value(), TODAY);

		MentorshipLessonVisited replayed = new MentorshipLessonVisited(school.id(), pair.getId(), association, meeting,
				TODAY, mentor.staffId(), young.staffId(), "«My family», 5-класс");
		transactions.executeWithoutResult(status -> publisher.publishEvent(replayed));
		await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> visitsRecorded(meeting) == 1);
	}
}
