package kg.usulduk.council.internal;

import static kg.usulduk.council.internal.Fixtures.TODAY;
import static kg.usulduk.council.internal.Fixtures.YEAR;
import static kg.usulduk.council.internal.Fixtures.councilOf;
import static kg.usulduk.council.internal.Fixtures.events;
import static kg.usulduk.council.internal.Fixtures.forgetEvents;
import static kg.usulduk.council.internal.Fixtures.refusal;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import kg.usulduk.council.CouncilEventCancelled;
import kg.usulduk.council.CouncilEventHeld;
import kg.usulduk.council.CouncilEventKind;
import kg.usulduk.council.CouncilEventRescheduled;
import kg.usulduk.council.CouncilEventScheduled;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The council's events (000 §2.3) as the regulations and the school's practice read. */
class CouncilEventTests {

	final StaffId chair = StaffId.random();
	final StaffId teacher = StaffId.random();
	final Council council = councilOf(chair, StaffId.random());

	CouncilEvent.Plan plan(CouncilEventKind kind, LocalDate startsOn, LocalDate endsOn) {
		return new CouncilEvent.Plan(kind, "Усулдук күн", "Формативдик баалоо", startsOn, endsOn, LocalTime.of(10, 0),
				"Акт залы", teacher, CouncilEvent.Audience.STAFF, null, null);
	}

	CouncilEvent scheduled(LocalDate startsOn, LocalDate endsOn) {
		CouncilEvent event = CouncilEvent.schedule(council, plan(CouncilEventKind.METHODOLOGICAL_DAY, startsOn, endsOn),
				List.of(chair), TODAY);
		forgetEvents(event);
		return event;
	}

	@ParameterizedTest
	@EnumSource(CouncilEventKind.class)
	void theCouncilSchedulesEachKindOfEventTheRegulationsNameAndTellsThePeopleItConcerns(CouncilEventKind kind) {
		CouncilEvent event = CouncilEvent.schedule(council, plan(kind, TODAY.plusDays(7), null), List.of(chair), TODAY);

		assertThat(event.kind()).isEqualTo(kind);
		assertThat(event.endsOn()).as("a one-day event").isEqualTo(TODAY.plusDays(7));
		assertThat(events(event, CouncilEventScheduled.class)).singleElement().satisfies(scheduled -> {
			assertThat(scheduled.kind()).isEqualTo(kind);
			assertThat(scheduled.invited()).as("the people it concerns, and the person responsible")
					.containsExactlyInAnyOrder(chair, teacher);
		});
	}

	@Test
	void everyWrongFieldOfAnEventIsRefusedAtOnceNotOneATry() {
		CouncilEvent.Plan plan = new CouncilEvent.Plan(null, " ", null, TODAY.minusDays(1), null, null, null, null,
				null, null, null);

		// Issue 13: the form shows the kind, the title, the person responsible and the day together.
		assertThat(refusal(() -> CouncilEvent.schedule(council, plan, List.of(), TODAY)).all())
				.extracting(kg.usulduk.school.RuleViolation::field)
				.containsExactly("kind", "title", "responsible", "startsOn");
	}

	@Test
	void anEventMarkedHeldWithoutItsOutcomeAndItsCountIsRefusedForBothAtOnce() {
		CouncilEvent event = scheduled(TODAY, null);

		assertThat(refusal(() -> event.hold(new CouncilEvent.Outcome(" ", null, null), TODAY)).all())
				.extracting(kg.usulduk.school.RuleViolation::field).containsExactly("outcome", "participants");
	}

	@Test
	void aDayAlreadyPastCannotBeScheduled() {
		assertThat(refusal(() -> CouncilEvent.schedule(council,
				plan(CouncilEventKind.SEMINAR, TODAY.minusDays(1), null), List.of(), TODAY)).code())
				.isEqualTo("council.event.past");
		assertThat(CouncilEvent.schedule(council, plan(CouncilEventKind.SEMINAR, TODAY, null), List.of(), TODAY)
				.startsOn()).as("today is not past").isEqualTo(TODAY);
	}

	@Test
	void theCouncilsEventsFallWithinItsSchoolYear() {
		// 003 §2.3: the council's plan of methodological work is a school year's.
		assertThat(refusal(() -> scheduled(YEAR.end().plusDays(1), null)).code()).isEqualTo("council.event.outsideYear");
		assertThat(refusal(() -> scheduled(YEAR.end(), YEAR.end().plusDays(1))).code())
				.as("its last day too").isEqualTo("council.event.outsideYear");
	}

	@Test
	void anEventOverSeveralDaysEndsNoEarlierThanItStartsAndLastsAMonthAtMost() {
		CouncilEvent readings = scheduled(TODAY.plusDays(7), TODAY.plusDays(8));
		assertThat(readings.isMultiDay()).isTrue();

		assertThat(refusal(() -> scheduled(TODAY.plusDays(7), TODAY.plusDays(6))).code())
				.isEqualTo("council.event.endsBeforeStart");
		assertThat(refusal(() -> scheduled(TODAY.plusDays(1), TODAY.plusDays(1 + CouncilEvent.LONGEST_DAYS))).code())
				.isEqualTo("council.event.tooLong");
	}

	@Test
	void anOutcomeIsRequiredToMarkAnEventHeld() {
		CouncilEvent event = scheduled(TODAY, null);

		assertThat(refusal(() -> event.hold(new CouncilEvent.Outcome("  ", 20, null), TODAY)).field())
				.isEqualTo("outcome");
		assertThat(event.status()).isEqualTo(CouncilEvent.Status.SCHEDULED);

		event.hold(new CouncilEvent.Outcome("Алты ачык сабак көрсөтүлдү", 20, "Пландар кабинетте"), TODAY);
		assertThat(event.status()).isEqualTo(CouncilEvent.Status.HELD);
		assertThat(events(event, CouncilEventHeld.class)).singleElement()
				.satisfies(held -> assertThat(held.participants()).isEqualTo(20));
	}

	@Test
	void howManyTookPartIsRequiredToMarkAnEventHeld() {
		CouncilEvent event = scheduled(TODAY, null);

		assertThat(refusal(() -> event.hold(new CouncilEvent.Outcome("Өттү", null, null), TODAY)).field())
				.isEqualTo("participants");
		assertThat(refusal(() -> event.hold(new CouncilEvent.Outcome("Өттү", 0, null), TODAY)).code())
				.isEqualTo("council.event.participantsRange");
	}

	@Test
	void anEventIsNotMarkedHeldBeforeItsFirstDay() {
		CouncilEvent event = scheduled(TODAY.plusDays(1), TODAY.plusDays(2));

		assertThat(refusal(() -> event.hold(new CouncilEvent.Outcome("Өттү", 20, null), TODAY)).code())
				.isEqualTo("council.event.notYet");
	}

	@Test
	void movingAnEventNeedsAReasonAndKeepsTheMoveInItsHistory() {
		CouncilEvent event = scheduled(TODAY.plusDays(7), null);

		assertThat(refusal(() -> event.reschedule(YEAR, TODAY.plusDays(9), null, null, null, "", List.of(), TODAY))
				.field()).isEqualTo("reason");
		assertThat(refusal(() -> event.reschedule(YEAR, TODAY.plusDays(7), null, LocalTime.of(10, 0), "Акт залы",
				"Себеп", List.of(), TODAY)).code()).isEqualTo("council.event.unchanged");
		assertThat(refusal(() -> event.reschedule(YEAR, TODAY.minusDays(1), null, null, null, "Себеп", List.of(),
				TODAY)).code()).isEqualTo("council.event.past");

		event.reschedule(YEAR, TODAY.plusDays(9), TODAY.plusDays(10), LocalTime.of(14, 0), "Китепкана", "Карантин",
				List.of(chair), TODAY);

		assertThat(event.moves()).containsExactly(new EventMove(TODAY.plusDays(7), TODAY.plusDays(9), "Карантин", TODAY));
		assertThat(events(event, CouncilEventRescheduled.class)).singleElement().satisfies(moved -> {
			assertThat(moved.previousStartsOn()).isEqualTo(TODAY.plusDays(7));
			assertThat(moved.endsOn()).isEqualTo(TODAY.plusDays(10));
			assertThat(moved.invited()).containsExactlyInAnyOrder(chair, teacher);
		});
	}

	@Test
	void aCancelledEventIsNeitherMovedNorHeldAndAHeldOneIsNotCancelled() {
		CouncilEvent cancelled = scheduled(TODAY, null);
		assertThat(refusal(() -> cancelled.cancel(" ", List.of())).field()).isEqualTo("reason");
		cancelled.cancel("Карантин", List.of(chair));
		assertThat(events(cancelled, CouncilEventCancelled.class)).singleElement()
				.satisfies(e -> assertThat(e.reason()).isEqualTo("Карантин"));

		assertThat(refusal(() -> cancelled.hold(new CouncilEvent.Outcome("Өттү", 3, null), TODAY)).code())
				.isEqualTo("council.event.cancelled");
		assertThat(refusal(() -> cancelled.reschedule(YEAR, TODAY.plusDays(3), null, null, null, "Себеп", List.of(),
				TODAY)).code()).isEqualTo("council.event.cancelled");

		CouncilEvent held = scheduled(TODAY, null);
		held.hold(new CouncilEvent.Outcome("Өттү", 3, null), TODAY);
		assertThat(refusal(() -> held.cancel("Себеп", List.of())).code()).isEqualTo("council.event.alreadyHeld");
	}
}
