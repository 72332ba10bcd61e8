package kg.usulduk.planning.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import kg.usulduk.planning.CalendarEntryId;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One scheduled thing of the school in its calendar, as another context announced it: what, when, where, for whom.
 * It moves when its source is rescheduled and is marked cancelled (and leaves the feeds) when its source is
 * cancelled. {@code sequence} counts the changes, as calendar apps expect.
 */
@Table(schema = "planning", name = "calendar_entries")
public class CalendarEntry extends AbstractAggregateRoot<CalendarEntry> implements AggregateRoot<CalendarEntry, CalendarEntryId> {

	public enum State {
		SCHEDULED, HELD, CANCELLED
	}

	private final @Id CalendarEntryId id;
	private final SchoolId schoolId;
	private final EntrySource source;
	private final UUID sourceId;
	private final String kind;
	private final String title;
	private String detail;
	private final UUID associationId;
	/** The thing whose page shows the entry, when that is not the source itself (a meeting's mentorship). */
	private final UUID parentId;
	private LocalDate startsOn;
	private LocalDate endsOn;
	private LocalTime time;
	private String place;
	private State state;
	private int sequence;
	private Set<String> moves;
	@MappedCollection(idColumn = "entry_id")
	private Set<Invitee> people;
	private @Version Integer version;

	@PersistenceCreator
	CalendarEntry(CalendarEntryId id, SchoolId schoolId, EntrySource source, UUID sourceId, String kind, String title,
			String detail, UUID associationId, UUID parentId, LocalDate startsOn, LocalDate endsOn, LocalTime time,
			String place, State state, int sequence, Set<String> moves, Set<Invitee> people, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.source = source;
		this.sourceId = sourceId;
		this.kind = kind;
		this.title = title;
		this.detail = detail;
		this.associationId = associationId;
		this.parentId = parentId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.time = time;
		this.place = place;
		this.state = state;
		this.sequence = sequence;
		this.moves = moves == null ? new HashSet<>() : new HashSet<>(moves);
		this.people = people == null ? new HashSet<>() : new HashSet<>(people);
		this.version = version;
	}

	/**
	 * What another context scheduled, as the calendar keeps it; {@code parent} is the thing whose page shows it when
	 * that is not the source itself (null otherwise).
	 */
	public record Scheduled(SchoolId school, EntrySource source, UUID sourceId, String kind, String title,
			String detail, UUID association, LocalDate startsOn, LocalDate endsOn, LocalTime time, String place,
			Collection<StaffId> people, UUID parent) {

		public Scheduled(SchoolId school, EntrySource source, UUID sourceId, String kind, String title, String detail,
				UUID association, LocalDate startsOn, LocalDate endsOn, LocalTime time, String place,
				Collection<StaffId> people) {
			this(school, source, sourceId, kind, title, detail, association, startsOn, endsOn, time, place, people,
					null);
		}
	}

	public static CalendarEntry of(Scheduled scheduled) {
		Set<Invitee> people = new HashSet<>();
		scheduled.people().stream().filter(Objects::nonNull).forEach(p -> people.add(new Invitee(p)));
		return new CalendarEntry(CalendarEntryId.random(), scheduled.school(), scheduled.source(), scheduled.sourceId(),
				scheduled.kind(), scheduled.title(), scheduled.detail(), scheduled.association(), scheduled.parent(),
				scheduled.startsOn(),
				scheduled.endsOn() == null ? scheduled.startsOn() : scheduled.endsOn(), scheduled.time(),
				scheduled.place(), State.SCHEDULED, 0, Set.of(), people, null);
	}

	/** An entry first heard of when it was held: its scheduling arrives later, or was lost before it was kept. */
	public static CalendarEntry ofHeld(Scheduled held) {
		CalendarEntry entry = of(held);
		entry.state = State.HELD;
		return entry;
	}

	/**
	 * What a scheduling says, merged into an entry that a later event created first: fills what is missing and adds
	 * the people; the later event's day, state and place stay. Returns whether anything changed.
	 */
	public boolean merge(Scheduled scheduled) {
		boolean changed = false;
		if (detail == null && scheduled.detail() != null) {
			detail = scheduled.detail();
			changed = true;
		}
		if (time == null && scheduled.time() != null && startsOn.equals(scheduled.startsOn())) {
			time = scheduled.time();
			changed = true;
		}
		if (place == null && scheduled.place() != null && startsOn.equals(scheduled.startsOn())) {
			place = scheduled.place();
			changed = true;
		}
		for (StaffId person : scheduled.people()) {
			changed |= person != null && people.add(new Invitee(person));
		}
		return changed;
	}

	/**
	 * The source moved from {@code previous} to {@code newStart}; returns whether the entry moved, so a replayed event
	 * changes nothing. The events carry no sequence, and moves can be processed in any order and before the
	 * scheduling, so each distinct move is kept and the entry stands where the chain of moves ends: on the day of a
	 * move that no other move has left ("a head"). A move that continues from where the entry stands applies (and
	 * the entry goes on to a head if a later move came first); a head applies when the entry stands on a day some move
	 * has left, or on the head's own day (a held session learns its time and place). Once every move has arrived
	 * there is one head, whatever the order. SEQUENCE counts the distinct moves and the cancellation. What this
	 * cannot tell apart without a sequence in the events: a source moved back to a day it had left, processed out of
	 * order.
	 */
	public boolean moved(LocalDate previous, LocalDate newStart, LocalDate newEnd, LocalTime newTime, String newPlace) {
		Move move = new Move(previous, newStart, newEnd == null ? newStart : newEnd, newTime, newPlace);
		if (!moves.add(move.key())) {
			return false;
		}
		countChanges();
		boolean continues = previous == null || previous.equals(startsOn);
		// A cancelled entry still follows its moves, so that it ends the same whatever came first; it tells nobody.
		return settle(move, continues) && state != State.CANCELLED;
	}

	/**
	 * Moved to these days by a source whose changes come in a known order (a plan's approved versions, processed one
	 * at a time, newest last): applied as it is. Returns whether anything changed.
	 */
	public boolean movedInOrder(LocalDate newStart, LocalDate newEnd) {
		LocalDate end = newEnd == null ? newStart : newEnd;
		if (state == State.CANCELLED || (newStart.equals(startsOn) && end.equals(endsOn))) {
			return false;
		}
		this.startsOn = newStart;
		this.endsOn = end;
		this.sequence++;
		return true;
	}

	/** Goes where the moves say the entry stands; returns whether it moved. */
	private boolean settle(Move arrived, boolean continues) {
		Set<LocalDate> left = new HashSet<>();
		List<Move> all = moves.stream().map(Move::of).toList();
		all.stream().filter(m -> m.previous() != null && !m.previous().equals(m.start())).forEach(m -> left.add(m.previous()));
		List<Move> heads = all.stream().filter(m -> !left.contains(m.start())).toList();
		if (arrived != null && continues) {
			// Processed in order, as almost always: applies, even back to a day the entry had left. If a later move
			// has already arrived, the entry goes on to where the chain ends.
			boolean changed = goTo(arrived);
			if (!heads.contains(arrived) && !heads.isEmpty()) {
				changed |= goTo(heads.stream().max(java.util.Comparator.comparing(Move::key)).orElseThrow());
			}
			return changed;
		}
		if (arrived != null && heads.contains(arrived) && (left.contains(startsOn) || arrived.start().equals(startsOn))) {
			return goTo(arrived);
		}
		Optional<Move> here = heads.stream().filter(m -> m.start().equals(startsOn))
				.max(java.util.Comparator.comparing(Move::key));
		if (here.isPresent()) {
			return goTo(here.get());
		}
		if (left.contains(startsOn) && !heads.isEmpty()) {
			return goTo(heads.stream().max(java.util.Comparator.comparing(Move::key)).orElseThrow());
		}
		return false;
	}

	private boolean goTo(Move move) {
		if (move.start().equals(startsOn) && move.end().equals(endsOn) && Objects.equals(move.time(), time)
				&& Objects.equals(move.place(), place)) {
			return false;
		}
		this.startsOn = move.start();
		this.endsOn = move.end();
		this.time = move.time();
		this.place = move.place();
		return true;
	}

	/** Held or cancelled on {@code day}: the entry stands there, with the time and place of a move that led there. */
	private void standOn(LocalDate day) {
		if (day != null && !day.equals(startsOn)) {
			this.startsOn = day;
			if (endsOn.isBefore(day)) {
				this.endsOn = day;
			}
		}
		settle(null, false);
	}

	/** One move as it is kept: {@code previous|start|end|time|place}. */
	private record Move(LocalDate previous, LocalDate start, LocalDate end, LocalTime time, String place) {

		String key() {
			return previous + "|" + start + "|" + end + "|" + time + "|" + (place == null ? "" : place);
		}

		static Move of(String key) {
			String[] parts = key.split("\\|", 5);
			return new Move(parts[0].equals("null") ? null : LocalDate.parse(parts[0]), LocalDate.parse(parts[1]),
					LocalDate.parse(parts[2]), parts[3].equals("null") ? null : LocalTime.parse(parts[3]),
					parts[4].isEmpty() ? null : parts[4]);
		}
	}

	private void countChanges() {
		// Never lower: entries moved before the moves were kept counted their sequence one by one.
		this.sequence = Math.max(sequence, moves.size() + (state == State.CANCELLED ? 1 : 0));
	}

	/** Cancelled for good: whatever arrives later (a late scheduling, a move) does not bring it back. */
	public boolean cancelled(LocalDate day) {
		if (state == State.CANCELLED) {
			return false;
		}
		this.state = State.CANCELLED;
		standOn(day);
		this.sequence = Math.max(sequence + 1, moves.size() + 1);
		return true;
	}

	/**
	 * Held on {@code day}: a held entry stays held whatever arrives later, but a late move may still correct its
	 * time and place. A cancelled one stays cancelled.
	 */
	public boolean held(LocalDate day) {
		if (state != State.SCHEDULED) {
			return false;
		}
		this.state = State.HELD;
		standOn(day);
		return true;
	}

	public boolean concerns(StaffId person) {
		return people.contains(new Invitee(person));
	}

	public boolean isCancelled() {
		return state == State.CANCELLED;
	}

	@Override
	public CalendarEntryId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	/** The page of the thing itself, where the people it concerns read and act on it. */
	public String link() {
		return switch (source) {
			case ASSOCIATION_SESSION -> "/associations/sessions/" + sourceId;
			case ASSOCIATION_ACTIVITY -> "/activities/" + sourceId;
			case COUNCIL_SESSION -> "/council/sessions/" + sourceId;
			case COUNCIL_EVENT -> "/council/events/" + sourceId;
			case MENTORSHIP_MEETING -> "/mentorship/" + parentId;
			// An item is kept by its reference through the plan's versions; the plans of the year list them.
			case PLAN_ITEM -> "/plans";
		};
	}

	public EntrySource source() {
		return source;
	}

	public UUID sourceId() {
		return sourceId;
	}

	/** The kind of thing, as a message key suffix: SESSION, COUNCIL_SESSION, or an activity's kind. */
	public String kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public String detail() {
		return detail;
	}

	public UUID associationId() {
		return associationId;
	}

	public LocalDate startsOn() {
		return startsOn;
	}

	public LocalDate endsOn() {
		return endsOn;
	}

	public LocalTime time() {
		return time;
	}

	public String place() {
		return place;
	}

	public State state() {
		return state;
	}

	public int sequence() {
		return sequence;
	}

	public List<StaffId> people() {
		return people.stream().map(Invitee::staffId).toList();
	}

	public Integer version() {
		return version;
	}
}
