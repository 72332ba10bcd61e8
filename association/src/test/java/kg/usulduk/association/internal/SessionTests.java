package kg.usulduk.association.internal;

import kg.usulduk.school.meetings.MeetingStatus;
import kg.usulduk.school.meetings.Move;
import static kg.usulduk.association.internal.Fixtures.AFTER_LESSONS;
import static kg.usulduk.association.internal.Fixtures.TODAY;
import static kg.usulduk.association.internal.Fixtures.agenda;
import static kg.usulduk.association.internal.Fixtures.associationOf;
import static kg.usulduk.association.internal.Fixtures.events;
import static kg.usulduk.association.internal.Fixtures.forgetEvents;
import static kg.usulduk.association.internal.Fixtures.heldSession;
import static kg.usulduk.association.internal.Fixtures.refusal;
import static kg.usulduk.association.internal.Fixtures.sessionOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Named.named;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import kg.usulduk.association.SessionCancelled;
import kg.usulduk.association.SessionHeld;
import kg.usulduk.association.SessionRescheduled;
import kg.usulduk.association.SessionScheduled;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SessionTests {

	static final LocalDate NEXT_WEEK = TODAY.plusDays(7);

	final StaffId aigul = StaffId.random();
	final StaffId bakyt = StaffId.random();
	final Association association = associationOf(aigul, bakyt);

	@Test
	void schedulingWithoutAnAgendaIsRefused() {
		// 001 §5.5, 004: a session considers questions and adopts decisions on them.
		RuleViolation empty = refusal(
				() -> Session.schedule(association, NEXT_WEEK, AFTER_LESSONS, null, List.of(), TODAY));
		RuleViolation missing = refusal(
				() -> Session.schedule(association, NEXT_WEEK, AFTER_LESSONS, null, null, TODAY));

		assertThat(List.of(empty, missing)).allSatisfy(refusal -> {
			assertThat(refusal.field()).isEqualTo("agenda");
			assertThat(refusal.code()).isEqualTo("association.session.agendaEmpty");
		});
	}

	@Test
	void aSessionCannotBeScheduledForAPastDay() {
		RuleViolation refusal = refusal(() -> Session.schedule(association, TODAY.minusDays(1), AFTER_LESSONS, null,
				agenda("Суроо"), TODAY));

		assertThat(refusal.field()).isEqualTo("date");
		assertThat(refusal.code()).isEqualTo("association.date.past");
	}

	@Test
	void aScheduledSessionInvitesTheCurrentMembers() {
		StaffId left = StaffId.random();
		association.admit(left, TODAY);
		association.release(left, TODAY);

		Session session = Session.schedule(association, NEXT_WEEK, AFTER_LESSONS, " №12 кабинет ",
				agenda("Окуу жылынын планы", "Олимпиаданын биринчи туру"), TODAY);

		List<StaffId> members = sorted(aigul, bakyt);
		assertThat(session.status()).isEqualTo(MeetingStatus.SCHEDULED);
		assertThat(session.invited()).isEqualTo(members);
		assertThat(session.presentMembers()).isEmpty();
		assertThat(events(session)).singleElement().isEqualTo(new SessionScheduled(association.schoolId(),
				association.getId(), association.name(), session.getId(), NEXT_WEEK, AFTER_LESSONS, "№12 кабинет",
				List.of("Окуу жылынын планы", "Олимпиаданын биринчи туру"), members));
	}

	@Test
	void reschedulingNeedsAReason() {
		Session session = sessionOn(association, NEXT_WEEK);

		RuleViolation refusal = refusal(
				() -> session.reschedule(NEXT_WEEK.plusDays(1), AFTER_LESSONS, null, "  ", TODAY));

		assertThat(refusal.field()).isEqualTo("reason");
		assertThat(session.date()).isEqualTo(NEXT_WEEK);
		assertThat(session.moves()).isEmpty();
		assertThat(events(session)).isEmpty();
	}

	@Test
	void reschedulingRecordsTheMoveAndTellsThePreviousDate() {
		Session session = sessionOn(association, NEXT_WEEK);
		LocalDate later = NEXT_WEEK.plusDays(3);
		LocalTime earlier = LocalTime.of(13, 0);

		session.reschedule(later, earlier, "Мугалимдер бөлмөсү", "Райондук семинар", TODAY);

		assertThat(session.date()).isEqualTo(later);
		assertThat(session.time()).isEqualTo(earlier);
		assertThat(session.moves()).containsExactly(
				new Move(NEXT_WEEK, AFTER_LESSONS, later, earlier, "Райондук семинар", TODAY));
		assertThat(events(session)).singleElement().isEqualTo(new SessionRescheduled(association.schoolId(),
				association.getId(), association.name(), session.getId(), NEXT_WEEK, later, earlier,
				"Мугалимдер бөлмөсү", "Райондук семинар", sorted(aigul, bakyt)));
	}

	@Test
	void reschedulingToTheSameDayTimeAndPlaceIsRefused() {
		Session session = sessionOn(association, NEXT_WEEK);

		RuleViolation refusal = refusal(() -> session.reschedule(NEXT_WEEK, AFTER_LESSONS, session.place(),
				"Эч нерсе өзгөргөн жок", TODAY));

		assertThat(refusal.code()).isEqualTo("association.session.unchanged");
		assertThat(session.moves()).isEmpty();
	}

	@Test
	void cancellingNeedsAReason() {
		Session session = sessionOn(association, NEXT_WEEK);

		RuleViolation refusal = refusal(() -> session.cancel(null));

		assertThat(refusal.field()).isEqualTo("reason");
		assertThat(session.status()).isEqualTo(MeetingStatus.SCHEDULED);
		assertThat(events(session)).isEmpty();
	}

	@Test
	void cancellingTellsEveryoneInvitedWhy() {
		Session session = sessionOn(association, NEXT_WEEK);

		session.cancel("Карантин");

		assertThat(session.status()).isEqualTo(MeetingStatus.CANCELLED);
		assertThat(session.cancelReason()).isEqualTo("Карантин");
		assertThat(events(session)).singleElement().isEqualTo(new SessionCancelled(association.schoolId(),
				association.getId(), association.name(), session.getId(), NEXT_WEEK, "Карантин",
				sorted(aigul, bakyt)));
	}

	@Test
	void aSessionCannotBeHeldBeforeItsDay() {
		Session session = sessionOn(association, NEXT_WEEK);

		RuleViolation refusal = refusal(() -> session.hold(association, Set.of(aigul), NEXT_WEEK.minusDays(1)));

		assertThat(refusal.code()).isEqualTo("association.session.notYet");
		assertThat(session.isHeld()).isFalse();
	}

	@Test
	void aSessionWithNobodyPresentCannotBeHeld() {
		Session session = sessionOn(association, TODAY);

		RuleViolation refusal = refusal(() -> session.hold(association, Set.of(), TODAY));

		assertThat(refusal.field()).isEqualTo("present");
		assertThat(refusal.code()).isEqualTo("association.session.nobodyPresent");
		assertThat(session.isHeld()).isFalse();
	}

	@Test
	void somebodyWhoIsNotAMemberCannotBeMarkedPresent() {
		Session session = sessionOn(association, TODAY);
		StaffId stranger = StaffId.random();

		RuleViolation refusal = refusal(() -> session.hold(association, Set.of(aigul, stranger), TODAY));

		assertThat(refusal.field()).isEqualTo("present");
		assertThat(refusal.code()).isEqualTo("association.session.presentNotMember");
		assertThat(session.isHeld()).isFalse();
		assertThat(session.presentMembers()).isEmpty();
	}

	@Test
	void aHeldSessionRegistersWhoWasPresent() {
		Session session = sessionOn(association, TODAY);

		session.hold(association, Set.of(aigul), NEXT_WEEK);

		assertThat(session.status()).isEqualTo(MeetingStatus.HELD);
		assertThat(session.presentMembers()).containsExactly(aigul);
		assertThat(session.invited()).isEqualTo(sorted(aigul, bakyt));
		assertThat(events(session)).singleElement().isEqualTo(new SessionHeld(association.schoolId(),
				association.getId(), association.name(), session.getId(), TODAY, List.of(aigul)));
	}

	@Test
	void aMemberWhoJoinedAfterTheInvitationMayAttend() {
		Session session = sessionOn(association, TODAY);
		StaffId newcomer = StaffId.random();
		association.admit(newcomer, TODAY);

		session.hold(association, Set.of(aigul, newcomer), TODAY);

		assertThat(session.presentMembers()).isEqualTo(sorted(aigul, newcomer));
	}

	static Stream<Named<Consumer<Session>>> actsOnAScheduledSession() {
		return Stream.of(
				named("rescheduling", s -> s.reschedule(TODAY.plusDays(1), AFTER_LESSONS, null, "Себеп", TODAY)),
				named("cancelling", s -> s.cancel("Себеп")),
				named("holding", s -> s.hold(associationOf(), Set.of(StaffId.random()), TODAY)),
				named("changing the agenda", s -> s.changeAgenda(agenda("Жаңы суроо"))));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("actsOnAScheduledSession")
	void aHeldSessionCannotBeRescheduledCancelledOrHeldAgain(Consumer<Session> act) {
		Session session = heldSession(association, aigul);

		RuleViolation refusal = refusal(() -> act.accept(session));

		assertThat(refusal.code()).isEqualTo("association.session.alreadyHeld");
		assertThat(session.status()).isEqualTo(MeetingStatus.HELD);
		assertThat(session.date()).isEqualTo(TODAY);
		assertThat(session.presentMembers()).containsExactly(aigul);
		assertThat(events(session)).isEmpty();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("actsOnAScheduledSession")
	void aCancelledSessionCannotBeRescheduledCancelledOrHeld(Consumer<Session> act) {
		Session session = sessionOn(association, TODAY);
		session.cancel("Карантин");
		forgetEvents(session);

		RuleViolation refusal = refusal(() -> act.accept(session));

		assertThat(refusal.code()).isEqualTo("association.session.cancelled");
		assertThat(session.status()).isEqualTo(MeetingStatus.CANCELLED);
		assertThat(events(session)).isEmpty();
	}

	private static List<StaffId> sorted(StaffId... people) {
		return Stream.of(people).sorted(Comparator.comparing(StaffId::toString)).toList();
	}
}
