package kg.usulduk.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;

import kg.usulduk.association.AssociationId;
import kg.usulduk.mentorship.MeetingKind;
import kg.usulduk.mentorship.MentorAssigned;
import kg.usulduk.mentorship.MentorProposed;
import kg.usulduk.mentorship.MentorshipCompleted;
import kg.usulduk.mentorship.MentorshipEnded;
import kg.usulduk.mentorship.MentorshipLessonVisited;
import kg.usulduk.mentorship.MentorshipMeetingLogged;
import kg.usulduk.mentorship.MentorshipPlanApproved;
import kg.usulduk.mentorship.MentorshipReportSubmitted;
import kg.usulduk.mentorship.PlanOwner;
import kg.usulduk.mentorship.ReportKind;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.papers.FrozenPaper;
import kg.usulduk.school.testing.Aggregates;

import org.junit.jupiter.api.Test;

/** The mentorship of a young teacher (001 §2.1, §3.16, plan IV.1) as the regulations and the school's settings read. */
class MentorshipTests {

	static final LocalDate TODAY = LocalDate.of(2026, 10, 5);
	static final SchoolId SCHOOL = SchoolId.random();
	static final AssociationId MATHS = AssociationId.random();
	static final Mentorship.Limits LIMITS = new Mentorship.Limits(3, 5, 2);
	static final FrozenPaper PAPER = new FrozenPaper("Мектеп", "Район", "", List.of(), List.of(), List.of(), List.of(),
			java.time.Instant.parse("2026-10-05T04:00:00Z"), "Asia/Bishkek");

	final StaffCard young = teacher("Асанова Айгүл", TODAY.minusYears(1));
	final StaffCard mentor = teacher("Бекова Гүлнара", TODAY.minusYears(12));
	final StaffCard head = teacher("Жумабаев Нурлан", TODAY.minusYears(20));
	final List<StaffId> members = List.of(young.id(), mentor.id(), head.id());

	static StaffCard teacher(String name, LocalDate since) {
		return new StaffCard(StaffId.random(), SCHOOL, name, "мугалим", List.of("Математика"), null, null, since, null,
				null, true);
	}

	Mentorship proposed(StaffCard who, StaffCard by, int mentees, boolean paired) {
		return Mentorship.propose(SCHOOL, MATHS, members, new Mentorship.Proposal(young, who, null), LIMITS, mentees,
				paired, by.id(), TODAY);
	}

	OrderRow row(Mentorship pair) {
		return new OrderRow(pair.getId(), mentor.id(), mentor.fullName(), "Математика", "HIGHEST", 12, young.id(),
				young.fullName(), "Математика", young.teachingSince());
	}

	Mentorship assigned() {
		Mentorship pair = proposed(mentor, head, 0, false);
		pair.accept(mentor.id(), TODAY);
		MentorOrder order = MentorOrder.assigning(SCHOOL,
				new MentorOrder.Heading("45-к", TODAY, "УБнын сунушу", null, null, head.id(), null), List.of(row(pair)),
				head.id(), PAPER, TODAY);
		pair.assign(order);
		Aggregates.forgetEvents(pair);
		return pair;
	}

	@Test
	void theHeadProposesAnExperiencedMentorWhoAcceptsAndTheOrderAssignsThemForTheSchoolYear() {
		Mentorship pair = proposed(mentor, head, 1, false);
		assertThat(Aggregates.events(pair, MentorProposed.class)).singleElement()
				.satisfies(e -> assertThat(e.mentor()).isEqualTo(mentor.id()));

		pair.accept(mentor.id(), TODAY);
		assertThat(pair.status()).isEqualTo(Mentorship.Status.ACCEPTED);
		MentorOrder order = MentorOrder.assigning(SCHOOL,
				new MentorOrder.Heading("45-к", TODAY, "УБнын сунушу", null, null, head.id(), null), List.of(row(pair)),
				head.id(), PAPER, TODAY);
		pair.assign(order);

		assertThat(pair.status()).isEqualTo(Mentorship.Status.ASSIGNED);
		assertThat(pair.termStart()).as("the school year by default").isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(Aggregates.events(pair, MentorAssigned.class)).singleElement()
				.satisfies(e -> assertThat(e.orderNumber()).isEqualTo("45-к"));
	}

	@Test
	void theMentorIsNotTheYoungTeacherNorYoungAndHasTheSchoolsMinimumExperience() {
		// 001 §2.1, plan IV.1.A; the minimum is the school's setting (default 5 years).
		assertThat(Aggregates.refusal(() -> proposed(young, head, 0, false)).all()).extracting(RuleViolation::code)
				.containsExactly("mentorship.mentor.isTheYoungTeacher");
		StaffCard second = teacher("Токтогулова Мээрим", TODAY.minusYears(2));
		assertThat(Aggregates.refusal(() -> proposed(second, head, 0, false)).code()).isEqualTo("mentorship.mentor.young");
		StaffCard fourYears = teacher("Осмонов Бакыт", TODAY.minusYears(4));
		assertThat(Aggregates.refusal(() -> proposed(fourYears, head, 0, false)).code())
				.isEqualTo("mentorship.mentor.tooLittleExperience");
	}

	@Test
	void aMentorTakesNoMoreThanTheSchoolsMaximumOfMentees() {
		assertThat(Aggregates.refusal(() -> proposed(mentor, head, 2, false)).code())
				.isEqualTo("mentorship.mentor.tooManyMentees");
		assertThat(proposed(mentor, head, 1, false).status()).isEqualTo(Mentorship.Status.PROPOSED);
	}

	@Test
	void aYoungTeacherHasOneActiveMentorAYearAndOnlyYoungTeachersGetOne() {
		assertThat(Aggregates.refusal(() -> proposed(mentor, head, 0, true)).code())
				.isEqualTo("mentorship.youngTeacher.alreadyPaired");
		Mentorship.Proposal experienced = new Mentorship.Proposal(head, mentor, null);
		assertThat(Aggregates.refusal(() -> Mentorship.propose(SCHOOL, MATHS, members, experienced, LIMITS, 0, false,
				head.id(), TODAY)).code()).isEqualTo("mentorship.youngTeacher.notYoung");
	}

	@Test
	void everyWrongChoiceOfAProposalIsRefusedAtOnce() {
		StaffCard stranger = teacher("Бөтөн Мугалим", TODAY.minusYears(1));
		StaffCard youngMentor = teacher("Жаш Насаатчы", TODAY.minusYears(1));

		RuleViolation refusal = Aggregates.refusal(() -> Mentorship.propose(SCHOOL, MATHS, members,
				new Mentorship.Proposal(stranger, youngMentor, null), LIMITS, 0, false, head.id(), TODAY));

		assertThat(refusal.all()).extracting(RuleViolation::field).containsExactly("youngTeacher", "mentor");
	}

	@Test
	void onlyTheProposedMentorAnswersAndADeclineSaysWhy() {
		Mentorship pair = proposed(mentor, head, 0, false);
		assertThat(Aggregates.refusal(() -> pair.accept(head.id(), TODAY)).code()).isEqualTo("mentorship.onlyTheMentor");
		assertThat(Aggregates.refusal(() -> pair.decline(mentor.id(), " ", TODAY)).field()).isEqualTo("reason");

		pair.decline(mentor.id(), "Быйыл классымдын жетекчисимин", TODAY);

		assertThat(pair.status()).isEqualTo(Mentorship.Status.DECLINED);
		assertThat(pair.status().isActive()).as("the head may propose someone else").isFalse();
	}

	@Test
	void noPlansNorMeetingsBeforeTheOrder() {
		Mentorship pair = proposed(mentor, head, 0, false);
		pair.accept(mentor.id(), TODAY);

		assertThat(Aggregates.refusal(() -> pair.planItem(PlanOwner.MENTOR, YearMonth.from(TODAY), "Ченемдик документтер"))
				.code()).isEqualTo("mentorship.beforeOrder");
		assertThat(Aggregates.refusal(() -> pair.logMeeting(new Mentorship.MeetingRecord(MeetingKind.CONSULTATION,
				"КТП", TODAY, null, 45, null))).code()).isEqualTo("mentorship.beforeOrder");
	}

	@Test
	void theHeadApprovesEachPlanAndAnApprovedPlanIsFollowedNotRewritten() {
		Mentorship pair = assigned();
		assertThat(Aggregates.refusal(() -> pair.approvePlan(PlanOwner.MENTOR, head.id(), TODAY)).code())
				.isEqualTo("mentorship.plan.empty");
		var item = pair.planItem(PlanOwner.MENTOR, YearMonth.of(2026, 10), "Ченемдик документтер менен таанышуу");
		assertThat(Aggregates.refusal(() -> pair.planItem(PlanOwner.MENTOR, YearMonth.of(2027, 9), "Кийинки жыл"))
				.code()).isEqualTo("mentorship.plan.outsideTerm");

		pair.approvePlan(PlanOwner.MENTOR, head.id(), TODAY);

		assertThat(Aggregates.events(pair, MentorshipPlanApproved.class)).singleElement()
				.satisfies(e -> assertThat(e.plan()).isEqualTo(PlanOwner.MENTOR));
		assertThat(Aggregates.refusal(() -> pair.planItem(PlanOwner.MENTOR, YearMonth.of(2026, 11), "Дагы")).code())
				.isEqualTo("mentorship.plan.approved");
		pair.markDone(item.ref(), TODAY);
		assertThat(pair.plan(PlanOwner.MENTOR)).singleElement().satisfies(i -> assertThat(i.isDone()).isTrue());
		assertThat(pair.planItem(PlanOwner.YOUNG_TEACHER, YearMonth.of(2026, 11), "Ачык сабак")).isNotNull();
	}

	@Test
	void aMeetingLastsBetweenAMinuteAndASchoolDayWithinTheTermAndTheHoursAddUp() {
		Mentorship pair = assigned();
		for (int minutes : new int[] { -30, 0, 30 * 60 }) {
			assertThat(Aggregates.refusal(() -> pair.logMeeting(new Mentorship.MeetingRecord(MeetingKind.CONSULTATION,
					"КТП", TODAY, null, minutes, null))).code()).isEqualTo("mentorship.meeting.minutesRange");
		}
		assertThat(Aggregates.refusal(() -> pair.logMeeting(new Mentorship.MeetingRecord(MeetingKind.CONSULTATION,
				"КТП", LocalDate.of(2026, 8, 20), null, 45, null))).code()).isEqualTo("mentorship.meeting.outsideTerm");

		pair.logMeeting(new Mentorship.MeetingRecord(MeetingKind.CONSULTATION, "КТП", TODAY, LocalTime.of(14, 0), 45,
				null));
		pair.logMeeting(new Mentorship.MeetingRecord(MeetingKind.JOINT_LESSON_PLANNING, "Сабак планы", TODAY, null, 90,
				null));

		assertThat(pair.minutesHeld(TODAY)).isEqualTo(135);
		assertThat(pair.minutesIn(YearMonth.of(2026, 10))).isEqualTo(135);
		assertThat(Aggregates.events(pair, MentorshipMeetingLogged.class)).hasSize(2);
	}

	@Test
	void aLessonVisitCarriesItsObservationAndCountsAsAMutualVisit() {
		Mentorship pair = assigned();
		assertThat(Aggregates.refusal(() -> pair.logMeeting(new Mentorship.MeetingRecord(
				MeetingKind.MENTOR_VISITS_LESSON, "8А, алгебра", TODAY, null, 45, " "))).field()).isEqualTo("observation");

		pair.logMeeting(new Mentorship.MeetingRecord(MeetingKind.MENTOR_VISITS_LESSON, "8А, алгебра", TODAY, null, 45,
				"Сабактын максаты так коюлган; убакыт бөлүштүрүлгөн эмес."));

		// 001 §3.7: the mentor visited the young teacher's lesson.
		assertThat(Aggregates.events(pair, MentorshipLessonVisited.class)).singleElement().satisfies(e -> {
			assertThat(e.visitor()).isEqualTo(mentor.id());
			assertThat(e.visited()).isEqualTo(young.id());
		});
	}

	@Test
	void theMentorshipIsCompletedOnlyWithBothReportsAndThenNothingChanges() {
		Mentorship pair = assigned();
		assertThat(Aggregates.refusal(() -> pair.complete("Жакшы", null, TODAY)).code())
				.isEqualTo("mentorship.reportsMissing");
		assertThat(Aggregates.refusal(() -> pair.submitReport(ReportKind.MENTOR_REFERENCE, young.id(), "Мүнөздөмө",
				TODAY)).code()).isEqualTo("mentorship.onlyTheMentor");
		pair.submitReport(ReportKind.YOUNG_TEACHER_REPORT, young.id(), "Отчет", TODAY);
		pair.submitReport(ReportKind.MENTOR_REFERENCE, mentor.id(), "Мүнөздөмө", TODAY);
		assertThat(Aggregates.events(pair, MentorshipReportSubmitted.class)).hasSize(2);

		pair.complete("Жаш мугалим өз алдынча сабак өтөт", null, TODAY);

		assertThat(Aggregates.events(pair, MentorshipCompleted.class)).hasSize(1);
		assertThat(Aggregates.refusal(() -> pair.logMeeting(new Mentorship.MeetingRecord(MeetingKind.CONSULTATION,
				"КТП", TODAY, null, 45, null))).code()).isEqualTo("mentorship.closed");
	}

	@Test
	void oneOfThePairLeavingEndsItOnceAndTellsTheDeputyWhoControlsIt() {
		Mentorship pair = assigned();

		assertThat(pair.personLeft(StaffId.random(), TODAY, "Кетти")).as("someone else").isFalse();
		assertThat(pair.personLeft(young.id(), TODAY, "Кетти")).isTrue();
		assertThat(pair.personLeft(young.id(), TODAY, "Кетти")).as("a replay changes nothing").isFalse();

		assertThat(pair.status()).isEqualTo(Mentorship.Status.ENDED);
		assertThat(Aggregates.events(pair, MentorshipEnded.class)).singleElement()
				.satisfies(e -> assertThat(e.controlledBy()).isEqualTo(head.id()));
	}

	@Test
	void anOrderIsNotDatedAheadItsTermIsOneSchoolYearAndItNamesAPair() {
		RuleViolation refusal = Aggregates.refusal(() -> MentorOrder.assigning(SCHOOL, new MentorOrder.Heading(" ",
				TODAY.plusDays(1), " ", LocalDate.of(2026, 9, 1), LocalDate.of(2027, 9, 30), null, null), List.of(),
				head.id(), PAPER, TODAY));

		assertThat(refusal.all()).extracting(RuleViolation::field)
				.containsExactly("number", "date", "basis", "termEnd", "controlledBy", "pairs");
	}

	@Test
	void anOrderDatedInTheFirstCenturyOrWithATermInTheNinetyNinthIsRefusedOnItsFields() {
		RuleViolation refusal = Aggregates.refusal(() -> MentorOrder.assigning(SCHOOL, new MentorOrder.Heading("12",
				LocalDate.of(1, 1, 1), "Сунуш", LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31), head.id(), null),
				List.of(), head.id(), PAPER, TODAY));

		assertThat(refusal.all()).extracting(RuleViolation::field)
				.containsExactly("date", "termStart", "termEnd", "pairs");
	}
}
