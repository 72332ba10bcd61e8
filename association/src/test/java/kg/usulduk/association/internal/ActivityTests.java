package kg.usulduk.association.internal;

import static kg.usulduk.association.internal.Fixtures.AFTER_LESSONS;
import static kg.usulduk.association.internal.Fixtures.TODAY;
import static kg.usulduk.association.internal.Fixtures.associationOf;
import static kg.usulduk.association.internal.Fixtures.events;
import static kg.usulduk.association.internal.Fixtures.forgetEvents;
import static kg.usulduk.association.internal.Fixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.association.ActivityCancelled;
import kg.usulduk.association.ActivityHeld;
import kg.usulduk.association.ActivityKind;
import kg.usulduk.association.ActivityRescheduled;
import kg.usulduk.association.ActivityScheduled;
import kg.usulduk.association.CreativeReportDelivered;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ActivityTests {

	static final LocalDate NEXT_WEEK = TODAY.plusDays(7);

	final StaffId aigul = StaffId.random();
	final StaffId bakyt = StaffId.random();
	final Association association = associationOf(aigul, bakyt);

	@Test
	void theResponsibleMustBeAMember() {
		StaffId stranger = StaffId.random();

		// 004: the head decides who among the members gives an open lesson or event.
		RuleViolation refusal = refusal(() -> Activity.schedule(association,
				plan(ActivityKind.OPEN_LESSON, stranger, null, NEXT_WEEK, null), TODAY));

		assertThat(refusal.field()).isEqualTo("responsible");
		assertThat(refusal.code()).isEqualTo("association.activity.responsibleNotMember");
	}

	@Test
	void everyWrongFieldIsRefusedAtOnceNotOneATry() {
		StaffId stranger = StaffId.random();
		Activity.Plan plan = new Activity.Plan(ActivityKind.LESSON_VISIT, " ", stranger, stranger, TODAY.minusDays(1),
				null, null, null, null);

		RuleViolation refusal = refusal(() -> Activity.schedule(association, plan, TODAY));

		// Issue 13: the form shows all four at once.
		assertThat(refusal.all()).extracting(RuleViolation::field)
				.containsExactlyInAnyOrder("title", "responsible", "visited", "date");
	}

	@Test
	void schedulingRegistersActivityScheduledForTheCurrentMembers() {
		Activity activity = Activity.schedule(association,
				plan(ActivityKind.OPEN_LESSON, aigul, null, NEXT_WEEK, null), TODAY);

		assertThat(activity.status()).isEqualTo(Activity.Status.SCHEDULED);
		assertThat(activity.until()).isNull();
		assertThat(events(activity)).singleElement().isInstanceOfSatisfying(ActivityScheduled.class, scheduled -> {
			assertThat(scheduled.activity()).isEqualTo(activity.getId());
			assertThat(scheduled.kind()).isEqualTo(ActivityKind.OPEN_LESSON);
			assertThat(scheduled.responsible()).isEqualTo(aigul);
			assertThat(scheduled.date()).isEqualTo(NEXT_WEEK);
			assertThat(scheduled.concerned()).containsExactlyInAnyOrder(aigul, bakyt);
		});
	}

	@Test
	void aLessonVisitNeedsAVisitedTeacherOtherThanTheVisitor() {
		// 001 §3.7: members visit each other's lessons.
		RuleViolation nobodyVisited = refusal(() -> Activity.schedule(association,
				plan(ActivityKind.LESSON_VISIT, aigul, null, NEXT_WEEK, null), TODAY));
		RuleViolation ownLesson = refusal(() -> Activity.schedule(association,
				plan(ActivityKind.LESSON_VISIT, aigul, aigul, NEXT_WEEK, null), TODAY));
		Activity visit = Activity.schedule(association,
				plan(ActivityKind.LESSON_VISIT, aigul, bakyt, NEXT_WEEK, null), TODAY);

		assertThat(nobodyVisited.field()).isEqualTo("visited");
		assertThat(nobodyVisited.code()).isEqualTo("validation.required");
		assertThat(ownLesson.field()).isEqualTo("visited");
		assertThat(ownLesson.code()).isEqualTo("association.activity.visitOwnLesson");
		assertThat(visit.visited()).isEqualTo(bakyt);
	}

	@Test
	void onlyALessonVisitNamesAVisitedTeacher() {
		Activity lesson = Activity.schedule(association,
				plan(ActivityKind.OPEN_LESSON, aigul, bakyt, NEXT_WEEK, null), TODAY);

		assertThat(lesson.visited()).isNull();
	}

	@ParameterizedTest(name = "{0} lasts until day {1}")
	@CsvSource({ "SUBJECT_WEEK, 6", "SUBJECT_DECADE, 9" })
	void aSubjectWeekOrDecadeLastsItsUsualDaysUnlessToldOtherwise(ActivityKind kind, int lastDay) {
		// 001 §6.11: a subject week is seven days, a decade ten.
		Activity activity = Activity.schedule(association, plan(kind, aigul, null, NEXT_WEEK, null), TODAY);

		assertThat(activity.until()).isEqualTo(NEXT_WEEK.plusDays(lastDay));
	}

	@Test
	void aSubjectWeekMayEndOnTheDayGiven() {
		Activity activity = Activity.schedule(association,
				plan(ActivityKind.SUBJECT_WEEK, aigul, null, NEXT_WEEK, NEXT_WEEK.plusDays(4)), TODAY);

		assertThat(activity.until()).isEqualTo(NEXT_WEEK.plusDays(4));
	}

	@Test
	void aSubjectWeekCannotEndBeforeItStarts() {
		RuleViolation refusal = refusal(() -> Activity.schedule(association,
				plan(ActivityKind.SUBJECT_WEEK, aigul, null, NEXT_WEEK, NEXT_WEEK.minusDays(1)), TODAY));

		assertThat(refusal.field()).isEqualTo("until");
		assertThat(refusal.code()).isEqualTo("association.activity.endsBeforeStart");
	}

	@ParameterizedTest
	@EnumSource(ActivityKind.class)
	void noActivityIsScheduledForAPastDay(ActivityKind kind) {
		RuleViolation refusal = refusal(() -> Activity.schedule(association,
				plan(kind, aigul, bakyt, TODAY.minusDays(1), null), TODAY));

		assertThat(refusal.field()).isEqualTo("date");
		assertThat(refusal.code()).isEqualTo("association.date.past");
	}

	@Test
	void anActivityCannotBeMarkedHeldBeforeItsDay() {
		Activity activity = scheduled(ActivityKind.OPEN_LESSON, NEXT_WEEK);

		RuleViolation refusal = refusal(() -> activity.markHeld("Сабак жакшы өттү", NEXT_WEEK.minusDays(1)));

		assertThat(refusal.code()).isEqualTo("association.activity.notYet");
		assertThat(activity.status()).isEqualTo(Activity.Status.SCHEDULED);
		assertThat(events(activity)).isEmpty();
	}

	@Test
	void markingHeldNeedsAnOutcome() {
		Activity activity = scheduled(ActivityKind.OPEN_LESSON, TODAY);

		RuleViolation refusal = refusal(() -> activity.markHeld(" ", TODAY));

		assertThat(refusal.field()).isEqualTo("outcome");
		assertThat(activity.status()).isEqualTo(Activity.Status.SCHEDULED);
		assertThat(activity.outcome()).isNull();
		assertThat(events(activity)).isEmpty();
	}

	@Test
	void aHeldOpenLessonRegistersActivityHeldOnly() {
		Activity lesson = scheduled(ActivityKind.OPEN_LESSON, TODAY);

		lesson.markHeld("Сабак жакшы өттү", TODAY);

		assertThat(lesson.status()).isEqualTo(Activity.Status.HELD);
		assertThat(events(lesson)).singleElement().isEqualTo(new ActivityHeld(association.schoolId(),
				association.getId(), lesson.getId(), ActivityKind.OPEN_LESSON, "Иш-чара", aigul, TODAY,
				"Сабак жакшы өттү"));
	}

	@Test
	void aHeldCreativeReportIsDeliveredAsWellAsHeld() {
		Activity report = scheduled(ActivityKind.CREATIVE_REPORT, TODAY);

		report.markHeld("Отчет кабыл алынды", TODAY);

		// 001 §6.10: a member's creative report is one of the association's papers.
		assertThat(events(report)).hasSize(2);
		assertThat(events(report, ActivityHeld.class)).singleElement()
				.satisfies(held -> assertThat(held.kind()).isEqualTo(ActivityKind.CREATIVE_REPORT));
		assertThat(events(report, CreativeReportDelivered.class)).singleElement().isEqualTo(
				new CreativeReportDelivered(association.schoolId(), association.getId(), report.getId(), aigul,
						"Иш-чара", TODAY));
	}

	@Test
	void aHeldActivityCannotBeHeldAgainOrCancelled() {
		Activity lesson = scheduled(ActivityKind.OPEN_LESSON, TODAY);
		lesson.markHeld("Өттү", TODAY);
		forgetEvents(lesson);

		RuleViolation again = refusal(() -> lesson.markHeld("Дагы", TODAY));
		RuleViolation cancelled = refusal(() -> lesson.cancel("Себеп", List.of(aigul)));

		assertThat(List.of(again, cancelled)).extracting(RuleViolation::code)
				.containsOnly("association.activity.alreadyHeld");
		assertThat(lesson.outcome()).isEqualTo("Өттү");
		assertThat(events(lesson)).isEmpty();
	}

	@Test
	void onlyTheVisitorRecordsTheVisitAnalysisOnceTheVisitIsDue() {
		Activity visit = Activity.schedule(association,
				plan(ActivityKind.LESSON_VISIT, aigul, bakyt, NEXT_WEEK, null), TODAY);

		// 001 §3.7: the visitor analyses the lesson they visited.
		RuleViolation byTheVisited = refusal(() -> visit.recordVisitAnalysis(bakyt, "Анализ", NEXT_WEEK));
		RuleViolation tooEarly = refusal(() -> visit.recordVisitAnalysis(aigul, "Анализ", TODAY));
		visit.recordVisitAnalysis(aigul, " Максатка жетти ", NEXT_WEEK);

		assertThat(byTheVisited.code()).isEqualTo("association.activity.notTheVisitor");
		assertThat(tooEarly.code()).isEqualTo("association.activity.notYet");
		assertThat(visit.analysis()).isEqualTo("Максатка жетти");
	}

	@Test
	void onlyALessonVisitHasAVisitAnalysis() {
		Activity lesson = scheduled(ActivityKind.OPEN_LESSON, TODAY);

		RuleViolation refusal = refusal(() -> lesson.recordVisitAnalysis(aigul, "Анализ", TODAY));

		assertThat(refusal.code()).isEqualTo("association.activity.notAVisit");
		assertThat(lesson.analysis()).isNull();
	}

	@Test
	void cancellingRegistersActivityCancelledForTheMembersPassed() {
		Activity lesson = scheduled(ActivityKind.OPEN_LESSON, NEXT_WEEK);
		List<StaffId> members = List.of(aigul, bakyt);

		lesson.cancel(" Мугалим ооруп калды ", members);

		assertThat(lesson.status()).isEqualTo(Activity.Status.CANCELLED);
		assertThat(events(lesson)).singleElement().isEqualTo(new ActivityCancelled(association.schoolId(),
				association.getId(), lesson.getId(), ActivityKind.OPEN_LESSON, "Иш-чара", aigul, NEXT_WEEK,
				"Мугалим ооруп калды", members));
	}

	@Test
	void cancellingNeedsAReason() {
		Activity lesson = scheduled(ActivityKind.OPEN_LESSON, NEXT_WEEK);

		RuleViolation refusal = refusal(() -> lesson.cancel("", List.of(aigul)));

		assertThat(refusal.field()).isEqualTo("reason");
		assertThat(lesson.status()).isEqualTo(Activity.Status.SCHEDULED);
		assertThat(events(lesson)).isEmpty();
	}

	@Test
	void reschedulingRegistersActivityRescheduledWithThePreviousDateForTheMembersPassed() {
		Activity week = scheduled(ActivityKind.SUBJECT_WEEK, NEXT_WEEK);
		LocalDate later = NEXT_WEEK.plusDays(14);
		List<StaffId> members = List.of(bakyt);

		week.reschedule(later, null, AFTER_LESSONS, "Олимпиада менен туура келип калды", TODAY, members);

		assertThat(week.date()).isEqualTo(later);
		assertThat(week.until()).isEqualTo(later.plusDays(6));
		assertThat(events(week)).singleElement().isEqualTo(new ActivityRescheduled(association.schoolId(),
				association.getId(), week.getId(), ActivityKind.SUBJECT_WEEK, "Иш-чара", aigul, NEXT_WEEK, later,
				later.plusDays(6), AFTER_LESSONS, "Олимпиада менен туура келип калды", members));
	}

	@Test
	void reschedulingToAPastDayIsRefused() {
		Activity lesson = scheduled(ActivityKind.OPEN_LESSON, NEXT_WEEK);

		RuleViolation refusal = refusal(
				() -> lesson.reschedule(TODAY.minusDays(1), null, null, "Себеп", TODAY, List.of(aigul)));

		assertThat(refusal.field()).isEqualTo("date");
		assertThat(lesson.date()).isEqualTo(NEXT_WEEK);
		assertThat(events(lesson)).isEmpty();
	}

	@Test
	void reschedulingToTheSameDayAndTimeIsRefusedAndTellsNobody() {
		Activity lesson = scheduled(ActivityKind.OPEN_LESSON, NEXT_WEEK);

		RuleViolation refusal = refusal(() -> lesson.reschedule(NEXT_WEEK, null, null, "Себеп", TODAY, List.of(aigul)));

		assertThat(refusal.code()).isEqualTo("association.activity.unchanged");
		assertThat(events(lesson)).isEmpty();
	}

	private Activity scheduled(ActivityKind kind, LocalDate date) {
		Activity activity = Activity.schedule(association, plan(kind, aigul, null, date, null), TODAY);
		forgetEvents(activity);
		return activity;
	}

	@Test
	void anOpenLessonBelongsToTheProgrammeOfAPracticalSeminarOfItsOwnAssociation() {
		Activity seminar = Activity.schedule(association, plan(ActivityKind.PRACTICAL_SEMINAR, aigul, null, NEXT_WEEK, null),
				TODAY);

		// 001 §5.6: a practical seminar "with thematic open lessons and extracurricular events".
		Activity lesson = Activity.schedule(association, tiedTo(ActivityKind.OPEN_LESSON, seminar), seminar, TODAY);
		Activity event = Activity.schedule(association, tiedTo(ActivityKind.EXTRACURRICULAR_EVENT, seminar), seminar, TODAY);

		assertThat(lesson.seminarId()).isEqualTo(seminar.getId());
		assertThat(event.seminarId()).isEqualTo(seminar.getId());
	}

	@Test
	void aLessonVisitIsNoPartOfASeminarsProgramme() {
		Activity seminar = Activity.schedule(association, plan(ActivityKind.PRACTICAL_SEMINAR, aigul, null, NEXT_WEEK, null),
				TODAY);
		Activity.Plan visit = new Activity.Plan(ActivityKind.LESSON_VISIT, "Сабакка катышуу", aigul, bakyt, NEXT_WEEK,
				null, null, null, null, seminar.getId());

		// 001 §5.6: only open lessons and extracurricular events make the seminar's programme.
		RuleViolation refusal = refusal(() -> Activity.schedule(association, visit, seminar, TODAY));

		assertThat(refusal.field()).isEqualTo("seminar");
		assertThat(refusal.code()).isEqualTo("association.activity.seminar.notProgrammeKind");
	}

	@Test
	void anOpenLessonCannotBelongToAnotherAssociationsSeminarNorToAnotherKindOfWork() {
		Association other = associationOf(aigul);
		Activity othersSeminar = Activity.schedule(other, plan(ActivityKind.PRACTICAL_SEMINAR, aigul, null, NEXT_WEEK, null),
				TODAY);
		Activity week = Activity.schedule(association, plan(ActivityKind.SUBJECT_WEEK, aigul, null, NEXT_WEEK, null), TODAY);

		// 001 §5.6: the programme is of the association's own practical seminar.
		assertThat(refusal(() -> Activity.schedule(association, tiedTo(ActivityKind.OPEN_LESSON, othersSeminar),
				othersSeminar, TODAY)).code()).isEqualTo("association.activity.seminar.notASeminar");
		assertThat(refusal(() -> Activity.schedule(association, tiedTo(ActivityKind.OPEN_LESSON, week), week, TODAY))
				.code()).isEqualTo("association.activity.seminar.notASeminar");
		assertThat(refusal(() -> Activity.schedule(association, tiedTo(ActivityKind.OPEN_LESSON, week), null, TODAY))
				.code()).isEqualTo("association.activity.seminar.notASeminar");
	}

	@Test
	void aCancelledSeminarTakesNoMoreOpenLessons() {
		Activity seminar = Activity.schedule(association, plan(ActivityKind.PRACTICAL_SEMINAR, aigul, null, NEXT_WEEK, null),
				TODAY);
		seminar.cancel("Карантин", List.of(aigul));

		assertThat(refusal(() -> Activity.schedule(association, tiedTo(ActivityKind.OPEN_LESSON, seminar), seminar, TODAY))
				.code()).isEqualTo("association.activity.cancelled");
	}

	private Activity.Plan tiedTo(ActivityKind kind, Activity seminar) {
		return new Activity.Plan(kind, "Ачык сабак", bakyt, null, NEXT_WEEK, null, null, "7-А", null, seminar.getId());
	}

	private static Activity.Plan plan(ActivityKind kind, StaffId responsible, StaffId visited, LocalDate date,
			LocalDate until) {
		return new Activity.Plan(kind, "Иш-чара", responsible, visited, date, until, null, "7-А", null);
	}
}
