package kg.usulduk.planning.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
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
	private final String detail;
	private final UUID associationId;
	private LocalDate startsOn;
	private LocalDate endsOn;
	private LocalTime time;
	private String place;
	private State state;
	private int sequence;
	@MappedCollection(idColumn = "entry_id")
	private Set<Invitee> people;
	private @Version Integer version;

	@PersistenceCreator
	CalendarEntry(CalendarEntryId id, SchoolId schoolId, EntrySource source, UUID sourceId, String kind, String title,
			String detail, UUID associationId, LocalDate startsOn, LocalDate endsOn, LocalTime time, String place,
			State state, int sequence, Set<Invitee> people, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.source = source;
		this.sourceId = sourceId;
		this.kind = kind;
		this.title = title;
		this.detail = detail;
		this.associationId = associationId;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.time = time;
		this.place = place;
		this.state = state;
		this.sequence = sequence;
		this.people = people == null ? new HashSet<>() : new HashSet<>(people);
		this.version = version;
	}

	/** What another context scheduled, as the calendar keeps it. */
	public record Scheduled(SchoolId school, EntrySource source, UUID sourceId, String kind, String title,
			String detail, UUID association, LocalDate startsOn, LocalDate endsOn, LocalTime time, String place,
			Collection<StaffId> people) {
	}

	public static CalendarEntry of(Scheduled scheduled) {
		Set<Invitee> people = new HashSet<>();
		scheduled.people().stream().filter(Objects::nonNull).forEach(p -> people.add(new Invitee(p)));
		return new CalendarEntry(CalendarEntryId.random(), scheduled.school(), scheduled.source(), scheduled.sourceId(),
				scheduled.kind(), scheduled.title(), scheduled.detail(), scheduled.association(), scheduled.startsOn(),
				scheduled.endsOn() == null ? scheduled.startsOn() : scheduled.endsOn(), scheduled.time(),
				scheduled.place(), State.SCHEDULED, 0, people, null);
	}

	/** The source moved; returns whether anything changed, so a replayed event changes nothing. */
	public boolean moved(LocalDate newStart, LocalDate newEnd, LocalTime newTime, String newPlace) {
		LocalDate end = newEnd == null ? newStart : newEnd;
		if (state == State.CANCELLED || (newStart.equals(startsOn) && end.equals(endsOn)
				&& Objects.equals(newTime, time) && Objects.equals(newPlace, place))) {
			return false;
		}
		this.startsOn = newStart;
		this.endsOn = end;
		this.time = newTime;
		this.place = newPlace;
		this.sequence++;
		return true;
	}

	public boolean cancelled() {
		if (state == State.CANCELLED) {
			return false;
		}
		this.state = State.CANCELLED;
		this.sequence++;
		return true;
	}

	public boolean held() {
		if (state != State.SCHEDULED) {
			return false;
		}
		this.state = State.HELD;
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
