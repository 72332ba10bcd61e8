package kg.usulduk.planning.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import kg.usulduk.association.ActivityCancelled;
import kg.usulduk.association.ActivityHeld;
import kg.usulduk.association.ActivityRescheduled;
import kg.usulduk.association.ActivityScheduled;
import kg.usulduk.association.SessionCancelled;
import kg.usulduk.association.SessionHeld;
import kg.usulduk.association.SessionRescheduled;
import kg.usulduk.association.SessionScheduled;
import kg.usulduk.council.CouncilSessionCancelled;
import kg.usulduk.council.CouncilSessionHeld;
import kg.usulduk.council.CouncilSessionRescheduled;
import kg.usulduk.council.CouncilSessionScheduled;
import kg.usulduk.school.StaffId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The school calendar, fed only by the events of the associations and the council: an entry appears when a
 * session or activity is scheduled, moves when it is rescheduled, is marked cancelled or held. Every handler is
 * idempotent, and tolerates events arriving out of order: a move or a cancellation that arrives before its
 * scheduling creates the entry from what it carries, and the late scheduling then finds it.
 */
@Component
class SchoolCalendar {

	private static final String SESSION = "SESSION";
	private static final String COUNCIL_SESSION = "COUNCIL_SESSION";

	private final CalendarEntries entries;
	private final Notifier notifier;
	private final JdbcClient jdbc;

	SchoolCalendar(CalendarEntries entries, Notifier notifier, JdbcClient jdbc) {
		this.entries = entries;
		this.jdbc = jdbc;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(SessionScheduled e) {
		schedule(() -> new CalendarEntry.Scheduled(e.school(), EntrySource.ASSOCIATION_SESSION, e.session().value(),
				SESSION, e.associationName(), String.join("; ", e.agenda()), e.association().value(), e.date(), e.date(),
				e.time(), e.place(), e.invited()));
	}

	@ApplicationModuleListener
	void on(SessionRescheduled e) {
		move(EntrySource.ASSOCIATION_SESSION, e.session().value(), e.previousDate(), e.date(), e.date(), e.time(), e.place(),
				() -> new CalendarEntry.Scheduled(e.school(), EntrySource.ASSOCIATION_SESSION, e.session().value(),
						SESSION, e.associationName(), null, e.association().value(), e.date(), e.date(), e.time(),
						e.place(), e.invited()));
	}

	@ApplicationModuleListener
	void on(SessionCancelled e) {
		cancel(EntrySource.ASSOCIATION_SESSION, e.session().value(), e.date(), () -> new CalendarEntry.Scheduled(e.school(),
				EntrySource.ASSOCIATION_SESSION, e.session().value(), SESSION, e.associationName(), null,
				e.association().value(), e.date(), e.date(), null, null, e.invited()));
	}

	@ApplicationModuleListener
	void on(SessionHeld e) {
		held(e.date(), () -> new CalendarEntry.Scheduled(e.school(), EntrySource.ASSOCIATION_SESSION,
				e.session().value(), SESSION, e.associationName(), null, e.association().value(), e.date(), e.date(),
				null, null, e.present()));
	}

	@ApplicationModuleListener
	void on(ActivityScheduled e) {
		schedule(() -> new CalendarEntry.Scheduled(e.school(), EntrySource.ASSOCIATION_ACTIVITY, e.activity().value(),
				e.kind().name(), e.title(), e.associationName(), e.association().value(), e.date(), e.until(), e.time(),
				null, people(e.concerned(), e.responsible(), e.visited())));
	}

	@ApplicationModuleListener
	void on(ActivityRescheduled e) {
		move(EntrySource.ASSOCIATION_ACTIVITY, e.activity().value(), e.previousDate(), e.date(), e.until(), e.time(), null,
				() -> new CalendarEntry.Scheduled(e.school(), EntrySource.ASSOCIATION_ACTIVITY, e.activity().value(),
						e.kind().name(), e.title(), null, e.association().value(), e.date(), e.until(), e.time(), null,
						people(e.concerned(), e.responsible(), null)));
	}

	@ApplicationModuleListener
	void on(ActivityCancelled e) {
		cancel(EntrySource.ASSOCIATION_ACTIVITY, e.activity().value(), e.date(), () -> new CalendarEntry.Scheduled(e.school(),
				EntrySource.ASSOCIATION_ACTIVITY, e.activity().value(), e.kind().name(), e.title(), null,
				e.association().value(), e.date(), e.date(), null, null, people(e.concerned(), e.responsible(), null)));
	}

	@ApplicationModuleListener
	void on(ActivityHeld e) {
		held(e.date(), () -> new CalendarEntry.Scheduled(e.school(), EntrySource.ASSOCIATION_ACTIVITY,
				e.activity().value(), e.kind().name(), e.title(), null, e.association().value(), e.date(), e.date(),
				null, null, people(List.of(), e.responsible(), null)));
	}

	@ApplicationModuleListener
	void on(CouncilSessionScheduled e) {
		schedule(() -> new CalendarEntry.Scheduled(e.school(), EntrySource.COUNCIL_SESSION, e.session().value(),
				COUNCIL_SESSION, "", String.join("; ", e.agenda()), null, e.date(), e.date(), e.time(), e.place(),
				e.invited()));
	}

	@ApplicationModuleListener
	void on(CouncilSessionRescheduled e) {
		move(EntrySource.COUNCIL_SESSION, e.session().value(), e.previousDate(), e.date(), e.date(), e.time(), e.place(),
				() -> new CalendarEntry.Scheduled(e.school(), EntrySource.COUNCIL_SESSION, e.session().value(),
						COUNCIL_SESSION, "", null, null, e.date(), e.date(), e.time(), e.place(), e.invited()));
	}

	@ApplicationModuleListener
	void on(CouncilSessionCancelled e) {
		cancel(EntrySource.COUNCIL_SESSION, e.session().value(), e.date(), () -> new CalendarEntry.Scheduled(e.school(),
				EntrySource.COUNCIL_SESSION, e.session().value(), COUNCIL_SESSION, "", null, null, e.date(), e.date(),
				null, null, e.invited()));
	}

	@ApplicationModuleListener
	void on(CouncilSessionHeld e) {
		held(e.date(), () -> new CalendarEntry.Scheduled(e.school(), EntrySource.COUNCIL_SESSION, e.session().value(),
				COUNCIL_SESSION, "", null, null, e.date(), e.date(), null, null, e.present()));
	}

	void schedule(Supplier<CalendarEntry.Scheduled> scheduled) {
		CalendarEntry.Scheduled what = scheduled.get();
		lock(what.source(), what.sourceId());
		Optional<CalendarEntry> known = entries.findBySourceAndSourceId(what.source(), what.sourceId());
		if (known.isEmpty()) {
			notifier.changed(entries.save(CalendarEntry.of(what)), Notifier.Notice.SCHEDULED);
		}
		else if (known.get().merge(what)) {
			entries.save(known.get());
		}
	}

	void move(EntrySource source, UUID id, LocalDate previous, LocalDate start, LocalDate end, LocalTime time,
			String place, Supplier<CalendarEntry.Scheduled> ifUnknown) {
		lock(source, id);
		Optional<CalendarEntry> known = entries.findBySourceAndSourceId(source, id);
		if (known.isEmpty()) {
			CalendarEntry entry = CalendarEntry.of(ifUnknown.get());
			entry.moved(previous, start, end, time, place);
			notifier.changed(entries.save(entry), Notifier.Notice.SCHEDULED);
			return;
		}
		CalendarEntry entry = known.get();
		int sequence = entry.sequence();
		boolean moved = entry.moved(previous, start, end, time, place);
		boolean merged = entry.merge(ifUnknown.get());
		if (moved || merged || sequence != entry.sequence()) {
			entries.save(entry);
		}
		if (moved) {
			notifier.changed(entry, Notifier.Notice.MOVED);
		}
	}

	void cancel(EntrySource source, UUID id, LocalDate day, Supplier<CalendarEntry.Scheduled> ifUnknown) {
		lock(source, id);
		CalendarEntry entry = entries.findBySourceAndSourceId(source, id)
				.orElseGet(() -> CalendarEntry.of(ifUnknown.get()));
		if (entry.cancelled(day)) {
			notifier.changed(entries.save(entry), Notifier.Notice.CANCELLED);
		}
	}

	void held(LocalDate day, Supplier<CalendarEntry.Scheduled> ifUnknown) {
		CalendarEntry.Scheduled what = ifUnknown.get();
		lock(what.source(), what.sourceId());
		Optional<CalendarEntry> known = entries.findBySourceAndSourceId(what.source(), what.sourceId());
		if (known.isEmpty()) {
			// Held before its scheduling was processed: kept as held, and the late scheduling only fills in details.
			entries.save(CalendarEntry.ofHeld(what));
		}
		else if (known.get().held(day)) {
			entries.save(known.get());
		}
	}

	/**
	 * Events of one source are processed one at a time, in whatever order they come: a transaction-scoped advisory
	 * lock on the source, so that parallel listeners neither both insert the entry nor fail on its version (a failed
	 * listener would leave its event publication incomplete until a restart).
	 */
	private void lock(EntrySource source, UUID id) {
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", source + ":" + id)
				.query().singleRow();
	}

	private static List<StaffId> people(List<StaffId> concerned, StaffId responsible, StaffId visited) {
		List<StaffId> people = new ArrayList<>(concerned);
		for (StaffId person : new StaffId[] { responsible, visited }) {
			if (person != null && !people.contains(person)) {
				people.add(person);
			}
		}
		return people;
	}
}
