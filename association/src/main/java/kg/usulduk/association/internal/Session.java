package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.SessionCancelled;
import kg.usulduk.association.SessionHeld;
import kg.usulduk.association.SessionId;
import kg.usulduk.association.SessionRescheduled;
import kg.usulduk.association.SessionScheduled;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A session of an association (001 §5.5, 004): scheduled with its agenda, possibly postponed or cancelled with a
 * reason, then held with the members' attendance. Its protocol is a document of its own ({@link Protocol}).
 */
@Table(schema = "association", name = "sessions")
public class Session extends AbstractAggregateRoot<Session> implements AggregateRoot<Session, SessionId> {

	public enum Status {
		SCHEDULED, HELD, CANCELLED
	}

	private final @Id SessionId id;
	private final SchoolId schoolId;
	private final AssociationId associationId;
	private final String associationName;
	private LocalDate date;
	private LocalTime time;
	private String place;
	@MappedCollection(idColumn = "session_id", keyColumn = "position")
	private List<AgendaItem> agenda;
	@MappedCollection(idColumn = "session_id")
	private Set<Participant> participants;
	@MappedCollection(idColumn = "session_id", keyColumn = "position")
	private List<Move> moves;
	private Status status;
	private String cancelReason;
	private @Version Integer version;

	@PersistenceCreator
	Session(SessionId id, SchoolId schoolId, AssociationId associationId, String associationName, LocalDate date,
			LocalTime time, String place, List<AgendaItem> agenda, Set<Participant> participants, List<Move> moves,
			Status status, String cancelReason, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.associationId = associationId;
		this.associationName = associationName;
		this.date = date;
		this.time = time;
		this.place = place;
		this.agenda = agenda == null ? new ArrayList<>() : new ArrayList<>(agenda);
		this.participants = participants == null ? new HashSet<>() : new HashSet<>(participants);
		this.moves = moves == null ? new ArrayList<>() : new ArrayList<>(moves);
		this.status = status;
		this.cancelReason = cancelReason;
		this.version = version;
	}

	/**
	 * 001 §5.5: the association meets in sessions that consider questions and adopt decisions; so a session is
	 * scheduled with an agenda, on a day not yet past, and its members are invited.
	 */
	public static Session schedule(Association association, LocalDate date, LocalTime time, String place,
			List<AgendaItem> agenda, LocalDate today) {
		if (!association.isOpen()) {
			throw RuleViolation.of("association.closed");
		}
		checkWhen(date, time, today);
		Session session = new Session(SessionId.random(), association.schoolId(), association.getId(),
				association.name(), date, time, TypedText.optional("place", place, 200), checkedAgenda(agenda),
				null, null, Status.SCHEDULED, null, null);
		association.currentMembers().forEach(member -> session.participants.add(new Participant(member, false)));
		session.registerEvent(new SessionScheduled(session.schoolId, session.associationId, session.associationName,
				session.id, date, time, session.place, session.agendaTitles(), session.invited()));
		return session;
	}

	/** Postpones the session or moves its place; the reason is kept with the move. */
	public void reschedule(LocalDate newDate, LocalTime newTime, String newPlace, String reason, LocalDate today) {
		requireScheduled();
		checkWhen(newDate, newTime, today);
		String why = TypedText.required("reason", reason, 500);
		String where = TypedText.optional("place", newPlace, 200);
		if (newDate.equals(date) && newTime.equals(time) && Objects.equals(where, place)) {
			throw RuleViolation.onField("date", "association.session.unchanged");
		}
		LocalDate previous = date;
		moves.add(new Move(date, time, newDate, newTime, why, today));
		this.date = newDate;
		this.time = newTime;
		this.place = where;
		registerEvent(new SessionRescheduled(schoolId, associationId, associationName, id, previous, date, time, place,
				why, invited()));
	}

	/** Replaces the agenda of a session not yet held. */
	public void changeAgenda(List<AgendaItem> newAgenda) {
		requireScheduled();
		this.agenda = new ArrayList<>(checkedAgenda(newAgenda));
	}

	/** Cancels the session; the reason is told to everyone invited. */
	public void cancel(String reason) {
		requireScheduled();
		this.cancelReason = TypedText.required("reason", reason, 500);
		this.status = Status.CANCELLED;
		registerEvent(new SessionCancelled(schoolId, associationId, associationName, id, date, cancelReason, invited()));
	}

	/**
	 * The session took place, on its day or after, with these members present. Members who joined after it was
	 * scheduled may attend too.
	 */
	public void hold(Association association, Set<StaffId> present, LocalDate today) {
		requireScheduled();
		requireOwn(association);
		if (date.isAfter(today)) {
			throw RuleViolation.of("association.session.notYet");
		}
		if (present == null || present.isEmpty()) {
			throw RuleViolation.onField("present", "association.session.nobodyPresent");
		}
		for (StaffId person : present) {
			if (!association.isMember(person) && !invited().contains(person)) {
				throw RuleViolation.onField("present", "association.session.presentNotMember");
			}
		}
		Set<Participant> marked = new HashSet<>();
		for (StaffId invitee : invited()) {
			marked.add(new Participant(invitee, present.contains(invitee)));
		}
		for (StaffId person : present) {
			marked.add(new Participant(person, true));
		}
		this.participants = marked;
		this.status = Status.HELD;
		registerEvent(new SessionHeld(schoolId, associationId, associationName, id, date, presentMembers()));
	}

	private static void checkWhen(LocalDate date, LocalTime time, LocalDate today) {
		if (date == null) {
			throw RuleViolation.onField("date", "validation.required");
		}
		if (time == null) {
			throw RuleViolation.onField("time", "validation.required");
		}
		if (date.isBefore(today)) {
			throw RuleViolation.onField("date", "association.date.past");
		}
		if (date.isAfter(today.plusYears(2))) {
			throw RuleViolation.onField("date", "association.date.tooFar");
		}
	}

	private static List<AgendaItem> checkedAgenda(List<AgendaItem> agenda) {
		// 001 §5.5, 004: a session considers questions; without an agenda there is nothing to decide.
		if (agenda == null || agenda.isEmpty()) {
			throw RuleViolation.onField("agenda", "association.session.agendaEmpty");
		}
		if (agenda.size() > 20) {
			throw RuleViolation.onField("agenda", "association.session.agendaTooLong", 20);
		}
		return List.copyOf(agenda);
	}

	private void requireOwn(Association association) {
		if (!association.getId().equals(associationId)) {
			throw new IllegalArgumentException("Session " + id + " belongs to another association");
		}
	}

	private void requireScheduled() {
		if (status == Status.HELD) {
			throw RuleViolation.of("association.session.alreadyHeld");
		}
		if (status == Status.CANCELLED) {
			throw RuleViolation.of("association.session.cancelled");
		}
	}

	public List<StaffId> invited() {
		return participants.stream().map(Participant::staffId).sorted(Comparator.comparing(StaffId::toString)).toList();
	}

	public List<StaffId> presentMembers() {
		return participants.stream().filter(Participant::present).map(Participant::staffId)
				.sorted(Comparator.comparing(StaffId::toString)).toList();
	}

	public List<String> agendaTitles() {
		return agenda.stream().map(AgendaItem::title).toList();
	}

	public boolean isHeld() {
		return status == Status.HELD;
	}

	@Override
	public SessionId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public AssociationId associationId() {
		return associationId;
	}

	public String associationName() {
		return associationName;
	}

	public LocalDate date() {
		return date;
	}

	public LocalTime time() {
		return time;
	}

	public String place() {
		return place;
	}

	public List<AgendaItem> agenda() {
		return List.copyOf(agenda);
	}

	public List<Move> moves() {
		return List.copyOf(moves);
	}

	public Status status() {
		return status;
	}

	public String cancelReason() {
		return cancelReason;
	}

	public Integer version() {
		return version;
	}
}
