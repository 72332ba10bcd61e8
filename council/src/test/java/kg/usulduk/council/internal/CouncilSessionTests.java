package kg.usulduk.council.internal;

import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.meetings.MeetingStatus;
import static kg.usulduk.council.internal.Fixtures.AFTER_LESSONS;
import static kg.usulduk.council.internal.Fixtures.TODAY;
import static kg.usulduk.council.internal.Fixtures.YEAR;
import static kg.usulduk.council.internal.Fixtures.agenda;
import static kg.usulduk.council.internal.Fixtures.councilOf;
import static kg.usulduk.council.internal.Fixtures.events;
import static kg.usulduk.council.internal.Fixtures.refusal;
import static kg.usulduk.council.internal.Fixtures.sessionOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import kg.usulduk.council.CouncilSessionCancelled;
import kg.usulduk.council.CouncilSessionHeld;
import kg.usulduk.council.CouncilSessionRescheduled;
import kg.usulduk.council.CouncilSessionScheduled;
import kg.usulduk.council.MemberRole;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;

class CouncilSessionTests {

	static final LocalDate NEXT_WEEK = TODAY.plusDays(7);

	final StaffId deputy = StaffId.random();
	final StaffId director = StaffId.random();
	final StaffId methodist = StaffId.random();
	final Council council = councilOf(deputy, director, methodist);

	@Test
	void aSessionAfterTheCouncilsSchoolYearIsRefused() {
		// 003 §5.1
		RuleViolation refusal = refusal(() -> CouncilSession.schedule(council, LocalDate.of(2027, 9, 2),
				AFTER_LESSONS, null, agenda("Жыйынтык"), false, TODAY));

		assertThat(refusal.field()).isEqualTo("date");
		assertThat(refusal.code()).isEqualTo("council.date.outsideYear");
		assertThat(refusal.arguments()).containsExactly("2026–2027");
	}

	@Test
	void aSessionBeforeTheCouncilsSchoolYearIsRefused() {
		// 003 §5.1: next year's council, formed early, does not meet in this year.
		Council nextYears = Council.form(SchoolId.random(), YEAR.next(), deputy, Set.of(), List.of(), TODAY);

		RuleViolation refusal = refusal(() -> CouncilSession.schedule(nextYears, LocalDate.of(2027, 5, 20),
				AFTER_LESSONS, null, agenda("Иш планы"), false, TODAY));

		assertThat(refusal.field()).isEqualTo("date");
		assertThat(refusal.code()).isEqualTo("council.date.outsideYear");
		assertThat(refusal.arguments()).containsExactly("2027–2028");
	}

	@Test
	void theLastDayOfTheSchoolYearIsStillWithinIt() {
		// 003 §5.1
		CouncilSession session = CouncilSession.schedule(council, YEAR.end(), AFTER_LESSONS, null,
				agenda("Жыйынтык"), true, TODAY);

		assertThat(session.date()).isEqualTo(LocalDate.of(2027, 8, 31));
		assertThat(session.yearEnd()).isTrue();
	}

	@Test
	void aSessionCannotBeScheduledForAPastDay() {
		RuleViolation refusal = refusal(() -> CouncilSession.schedule(council, TODAY.minusDays(1), AFTER_LESSONS,
				null, agenda("Суроо"), false, TODAY));

		assertThat(refusal.field()).isEqualTo("date");
		assertThat(refusal.code()).isEqualTo("council.date.past");
	}

	@Test
	void aSessionNeedsADayAndATime() {
		RuleViolation noDay = refusal(
				() -> CouncilSession.schedule(council, null, AFTER_LESSONS, null, agenda("Суроо"), false, TODAY));
		RuleViolation noTime = refusal(
				() -> CouncilSession.schedule(council, NEXT_WEEK, null, null, agenda("Суроо"), false, TODAY));

		assertThat(noDay.field()).isEqualTo("date");
		assertThat(noTime.field()).isEqualTo("time");
		assertThat(List.of(noDay, noTime)).extracting(RuleViolation::code).containsOnly("validation.required");
	}

	@Test
	void schedulingWithoutAnAgendaIsRefused() {
		// 003 §5.1: the council meets to consider questions by its plan.
		RuleViolation empty = refusal(
				() -> CouncilSession.schedule(council, NEXT_WEEK, AFTER_LESSONS, null, List.of(), false, TODAY));
		RuleViolation missing = refusal(
				() -> CouncilSession.schedule(council, NEXT_WEEK, AFTER_LESSONS, null, null, false, TODAY));

		assertThat(List.of(empty, missing)).allSatisfy(refusal -> {
			assertThat(refusal.field()).isEqualTo("agenda");
			assertThat(refusal.code()).isEqualTo("council.session.agendaEmpty");
		});
	}

	@Test
	void anAgendaOfMoreThanTwentyQuestionsIsRefused() {
		List<AgendaItem> tooMany = Stream.iterate(1, i -> i + 1).limit(21).map(i -> new AgendaItem("Суроо " + i))
				.toList();

		RuleViolation refusal = refusal(
				() -> CouncilSession.schedule(council, NEXT_WEEK, AFTER_LESSONS, null, tooMany, false, TODAY));

		assertThat(refusal.field()).isEqualTo("agenda");
		assertThat(refusal.code()).isEqualTo("council.session.agendaTooLong");
	}

	@Test
	void aScheduledSessionInvitesTheCouncilsMembers() {
		StaffId left = StaffId.random();
		council.seat(left, MemberRole.CREATIVE_GROUP, TODAY);
		council.unseat(left, TODAY);

		CouncilSession session = CouncilSession.schedule(council, NEXT_WEEK, AFTER_LESSONS, " №3 кабинет ",
				agenda("Усулдук кеңештин иш планы", "Катчыны шайлоо"), false, TODAY);

		List<StaffId> members = sorted(deputy, director, methodist);
		assertThat(session.status()).isEqualTo(MeetingStatus.SCHEDULED);
		assertThat(session.invited()).isEqualTo(members);
		assertThat(session.presentMembers()).isEmpty();
		assertThat(session.memberCount()).isEqualTo(3);
		assertThat(events(session)).singleElement().isEqualTo(new CouncilSessionScheduled(council.schoolId(),
				council.getId(), session.getId(), NEXT_WEEK, AFTER_LESSONS, "№3 кабинет",
				List.of("Усулдук кеңештин иш планы", "Катчыны шайлоо"), members));
	}

	@Test
	void reschedulingNeedsAReason() {
		CouncilSession session = sessionOn(council, NEXT_WEEK);

		RuleViolation refusal = refusal(
				() -> session.reschedule(YEAR, NEXT_WEEK.plusDays(1), AFTER_LESSONS, null, "  ", TODAY));

		assertThat(refusal.field()).isEqualTo("reason");
		assertThat(refusal.code()).isEqualTo("validation.required");
		assertThat(session.date()).isEqualTo(NEXT_WEEK);
		assertThat(events(session)).isEmpty();
	}

	@Test
	void aSessionIsNotMovedOutOfTheSchoolYear() {
		// 003 §5.1
		CouncilSession session = sessionOn(council, NEXT_WEEK);

		RuleViolation refusal = refusal(() -> session.reschedule(YEAR, LocalDate.of(2027, 9, 6), AFTER_LESSONS, null,
				"Мугалимдер курста", TODAY));

		assertThat(refusal.field()).isEqualTo("date");
		assertThat(refusal.code()).isEqualTo("council.date.outsideYear");
		assertThat(session.date()).isEqualTo(NEXT_WEEK);
	}

	@Test
	void aSessionMovedForAReasonTellsTheInvited() {
		CouncilSession session = sessionOn(council, NEXT_WEEK);
		LocalDate moved = NEXT_WEEK.plusDays(2);
		LocalTime later = LocalTime.of(15, 0);

		session.reschedule(YEAR, moved, later, "Мугалимдер бөлмөсү", " Райондук семинар ", TODAY);

		assertThat(session.date()).isEqualTo(moved);
		assertThat(session.time()).isEqualTo(later);
		assertThat(session.place()).isEqualTo("Мугалимдер бөлмөсү");
		assertThat(events(session)).singleElement().isEqualTo(new CouncilSessionRescheduled(council.schoolId(),
				council.getId(), session.getId(), NEXT_WEEK, moved, later, "Мугалимдер бөлмөсү", "Райондук семинар",
				sorted(deputy, director, methodist)));
	}

	@Test
	void aSessionMovedToTheSameDayTimeAndPlaceIsRefused() {
		CouncilSession session = sessionOn(council, NEXT_WEEK);

		RuleViolation refusal = refusal(
				() -> session.reschedule(YEAR, NEXT_WEEK, AFTER_LESSONS, "№3 кабинет", "Себеп", TODAY));

		assertThat(refusal.code()).isEqualTo("council.session.unchanged");
	}

	@Test
	void aCancelledSessionTellsTheInvitedWhy() {
		CouncilSession session = sessionOn(council, NEXT_WEEK);

		session.cancel("Карантин");

		assertThat(session.status()).isEqualTo(MeetingStatus.CANCELLED);
		assertThat(session.cancelReason()).isEqualTo("Карантин");
		assertThat(events(session)).singleElement().isEqualTo(new CouncilSessionCancelled(council.schoolId(),
				council.getId(), session.getId(), NEXT_WEEK, "Карантин", sorted(deputy, director, methodist)));
	}

	@Test
	void aSessionIsNotCancelledWithoutAReason() {
		CouncilSession session = sessionOn(council, NEXT_WEEK);

		RuleViolation refusal = refusal(() -> session.cancel(null));

		assertThat(refusal.field()).isEqualTo("reason");
		assertThat(session.status()).isEqualTo(MeetingStatus.SCHEDULED);
	}

	@Test
	void aCancelledSessionIsNeitherHeldNorMoved() {
		CouncilSession session = sessionOn(council, TODAY);
		session.cancel("Карантин");

		RuleViolation hold = refusal(() -> session.hold(council, Set.of(deputy), TODAY));
		RuleViolation move = refusal(
				() -> session.reschedule(YEAR, NEXT_WEEK, AFTER_LESSONS, null, "Карантин бүттү", TODAY));

		assertThat(List.of(hold, move)).extracting(RuleViolation::code).containsOnly("council.session.cancelled");
	}

	@Test
	void aSessionIsNotHeldBeforeItsDay() {
		CouncilSession session = sessionOn(council, NEXT_WEEK);

		RuleViolation refusal = refusal(() -> session.hold(council, Set.of(deputy, director), TODAY));

		assertThat(refusal.code()).isEqualTo("council.session.notYet");
		assertThat(session.isHeld()).isFalse();
	}

	@Test
	void aSessionWithNobodyPresentIsNotHeld() {
		CouncilSession session = sessionOn(council, TODAY);

		RuleViolation none = refusal(() -> session.hold(council, Set.of(), TODAY));
		RuleViolation missing = refusal(() -> session.hold(council, null, TODAY));

		assertThat(List.of(none, missing)).allSatisfy(refusal -> {
			assertThat(refusal.field()).isEqualTo("present");
			assertThat(refusal.code()).isEqualTo("council.session.nobodyPresent");
		});
		assertThat(session.isHeld()).isFalse();
	}

	@Test
	void someoneNotOnTheCouncilIsNotMarkedPresent() {
		CouncilSession session = sessionOn(council, TODAY);

		RuleViolation refusal = refusal(() -> session.hold(council, Set.of(deputy, StaffId.random()), TODAY));

		assertThat(refusal.field()).isEqualTo("present");
		assertThat(refusal.code()).isEqualTo("council.session.presentNotMember");
		assertThat(session.isHeld()).isFalse();
		assertThat(events(session)).isEmpty();
	}

	@Test
	void aHeldSessionRecordsWhoWasPresent() {
		CouncilSession session = sessionOn(council, TODAY);
		LocalDate dayAfter = TODAY.plusDays(1);

		session.hold(council, Set.of(deputy, methodist), dayAfter);

		assertThat(session.status()).isEqualTo(MeetingStatus.HELD);
		assertThat(session.isHeld()).isTrue();
		assertThat(session.presentMembers()).isEqualTo(sorted(deputy, methodist));
		assertThat(session.memberCount()).isEqualTo(3);
		assertThat(events(session)).singleElement().isEqualTo(new CouncilSessionHeld(council.schoolId(),
				council.getId(), session.getId(), TODAY, sorted(deputy, methodist)));
	}

	@Test
	void aMemberSeatedAfterTheInvitationCountsAtTheSession() {
		CouncilSession session = sessionOn(council, TODAY);
		StaffId joined = StaffId.random();
		council.seat(joined, MemberRole.CREATIVE_GROUP, TODAY);

		session.hold(council, Set.of(deputy, joined), TODAY);

		assertThat(session.presentMembers()).isEqualTo(sorted(deputy, joined));
		assertThat(session.memberCount()).isEqualTo(4);
	}

	@Test
	void aSessionIsHeldOnlyOnce() {
		CouncilSession session = sessionOn(council, TODAY);
		session.hold(council, Set.of(deputy), TODAY);

		RuleViolation again = refusal(() -> session.hold(council, Set.of(deputy, director), TODAY));
		RuleViolation cancel = refusal(() -> session.cancel("Кеч калды"));

		assertThat(List.of(again, cancel)).extracting(RuleViolation::code).containsOnly("council.session.alreadyHeld");
		assertThat(session.presentMembers()).containsExactly(deputy);
	}

	private static List<StaffId> sorted(StaffId... ids) {
		return Stream.of(ids).sorted(Comparator.comparing(StaffId::toString)).toList();
	}
}
