package kg.usulduk.planning.internal;

import java.util.List;

import kg.usulduk.council.CouncilEventCancelled;
import kg.usulduk.council.CouncilEventHeld;
import kg.usulduk.council.CouncilEventKind;
import kg.usulduk.council.CouncilEventRescheduled;
import kg.usulduk.council.CouncilEventScheduled;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The council's events (000 §2.3: conferences, pedagogical readings, seminars, round tables, competitions, reviews,
 * methodological days) in the school calendar: one entry per event, spanning its days, for the people it concerns,
 * who are told when it is scheduled, moved or cancelled and reminded before it. Handled as the calendar handles
 * every source ({@link SchoolCalendar}): idempotent, one source at a time under a lock, and converging whatever
 * order the events arrive in.
 */
@Component
class CouncilEventsInCalendar {

	private final SchoolCalendar calendar;

	CouncilEventsInCalendar(SchoolCalendar calendar) {
		this.calendar = calendar;
	}

	/** The entry's kind, a message key suffix of {@code planning.kind.}: {@code COUNCIL_METHODOLOGICAL_DAY}... */
	static String kind(CouncilEventKind kind) {
		return "COUNCIL_" + kind.name();
	}

	@ApplicationModuleListener
	void on(CouncilEventScheduled e) {
		calendar.schedule(() -> new CalendarEntry.Scheduled(e.school(), EntrySource.COUNCIL_EVENT, e.event().value(),
				kind(e.kind()), e.title(), e.theme(), null, e.startsOn(), e.endsOn(), e.time(), e.place(), e.invited()));
	}

	@ApplicationModuleListener
	void on(CouncilEventRescheduled e) {
		calendar.move(EntrySource.COUNCIL_EVENT, e.event().value(), e.previousStartsOn(), e.startsOn(), e.endsOn(),
				e.time(), e.place(), () -> new CalendarEntry.Scheduled(e.school(), EntrySource.COUNCIL_EVENT,
						e.event().value(), kind(e.kind()), e.title(), null, null, e.startsOn(), e.endsOn(), e.time(),
						e.place(), e.invited()));
	}

	@ApplicationModuleListener
	void on(CouncilEventCancelled e) {
		calendar.cancel(EntrySource.COUNCIL_EVENT, e.event().value(), e.startsOn(), () -> new CalendarEntry.Scheduled(
				e.school(), EntrySource.COUNCIL_EVENT, e.event().value(), kind(e.kind()), e.title(), null, null,
				e.startsOn(), e.endsOn(), null, null, e.invited()));
	}

	@ApplicationModuleListener
	void on(CouncilEventHeld e) {
		calendar.held(e.startsOn(), () -> new CalendarEntry.Scheduled(e.school(), EntrySource.COUNCIL_EVENT,
				e.event().value(), kind(e.kind()), e.title(), null, null, e.startsOn(), e.endsOn(), null, null,
				List.of(e.responsible())));
	}
}
