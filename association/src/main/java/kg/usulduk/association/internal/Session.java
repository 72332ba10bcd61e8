package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.SessionCancelled;
import kg.usulduk.association.SessionHeld;
import kg.usulduk.association.SessionId;
import kg.usulduk.association.SessionRescheduled;
import kg.usulduk.association.SessionScheduled;
import kg.usulduk.association.internal.SessionRows.AgendaRow;
import kg.usulduk.association.internal.SessionRows.MoveRow;
import kg.usulduk.association.internal.SessionRows.ParticipantRow;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;
import kg.usulduk.school.meetings.Agenda;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.meetings.Attendance;
import kg.usulduk.school.meetings.Attendee;
import kg.usulduk.school.meetings.Meeting;
import kg.usulduk.school.meetings.MeetingStatus;
import kg.usulduk.school.meetings.Move;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A session of an association (001 §5.5, 004): scheduled with its agenda, possibly postponed or cancelled with a
 * reason, then held with the members' attendance. Its protocol is a document of its own ({@link Protocol}). The
 * agenda, attendance, moves and what each status allows are the shared kernel's ({@code kg.usulduk.school.meetings});
 * what is the association's own is who is invited (its members), how far ahead it may be set, and its events.
 */
@Table(schema = "association", name = "sessions")
public class Session extends AbstractAggregateRoot<Session> implements AggregateRoot<Session, SessionId>, Meeting {

	private static final String CONTEXT = "association";

	private final @Id SessionId id;
	private final SchoolId schoolId;
	private final AssociationId associationId;
	private final String associationName;
	private LocalDate date;
	private LocalTime time;
	private String place;
	@MappedCollection(idColumn = "session_id", keyColumn = "position")
	private List<AgendaRow> agenda;
	@MappedCollection(idColumn = "session_id")
	private Set<ParticipantRow> participants;
	@MappedCollection(idColumn = "session_id", keyColumn = "position")
	private List<MoveRow> moves;
	private MeetingStatus status;
	private String cancelReason;
	private @Version Integer version;

	@PersistenceCreator
	Session(SessionId id, SchoolId schoolId, AssociationId associationId, String associationName, LocalDate date,
			LocalTime time, String place, List<AgendaRow> agenda, Set<ParticipantRow> participants, List<MoveRow> moves,
			MeetingStatus status, String cancelReason, Integer version) {
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
				association.name(), date, time, Move.place(place), rows(Agenda.checked(agenda, CONTEXT)), null, null,
				MeetingStatus.SCHEDULED, null, null);
		session.participants = rows(Attendance.invite(association.currentMembers()));
		session.registerEvent(new SessionScheduled(session.schoolId, session.associationId, session.associationName,
				session.id, date, time, session.place, session.agendaTitles(), session.invited()));
		return session;
	}

	/** Postpones the session or moves its place; the reason is kept with the move. */
	public void reschedule(LocalDate newDate, LocalTime newTime, String newPlace, String reason, LocalDate today) {
		status.requireScheduled(CONTEXT);
		checkWhen(newDate, newTime, today);
		Move move = Move.of(date, time, place, newDate, newTime, newPlace, reason, today, CONTEXT);
		LocalDate previous = date;
		moves.add(new MoveRow(move));
		this.date = newDate;
		this.time = newTime;
		this.place = Move.place(newPlace);
		registerEvent(new SessionRescheduled(schoolId, associationId, associationName, id, previous, date, time, place,
				move.reason(), invited()));
	}

	/** Replaces the agenda of a session not yet held. */
	public void changeAgenda(List<AgendaItem> newAgenda) {
		status.requireScheduled(CONTEXT);
		this.agenda = new ArrayList<>(rows(Agenda.checked(newAgenda, CONTEXT)));
	}

	/** Cancels the session; the reason is told to everyone invited. */
	public void cancel(String reason) {
		status.requireScheduled(CONTEXT);
		this.cancelReason = TypedText.required("reason", reason, 500);
		this.status = MeetingStatus.CANCELLED;
		registerEvent(new SessionCancelled(schoolId, associationId, associationName, id, date, cancelReason, invited()));
	}

	/** The session took place with these members present, no reason given for anyone absent. */
	public void hold(Association association, Set<StaffId> present, LocalDate today) {
		hold(association, present, Map.of(), today);
	}

	/**
	 * The session took place, on its day or after, with these members present and the reasons given for those
	 * absent. Members who joined after it was scheduled may attend too.
	 */
	public void hold(Association association, Set<StaffId> present, Map<StaffId, String> absenceReasons,
			LocalDate today) {
		status.requireScheduled(CONTEXT);
		requireOwn(association);
		if (date.isAfter(today)) {
			throw RuleViolation.of("association.session.notYet");
		}
		List<StaffId> invited = invited();
		this.participants = rows(Attendance.taken(invited, present, absenceReasons,
				person -> association.isMember(person) || invited.contains(person), CONTEXT));
		this.status = MeetingStatus.HELD;
		registerEvent(new SessionHeld(schoolId, associationId, associationName, id, date, presentMembers()));
	}

	private static void checkWhen(LocalDate date, LocalTime time, LocalDate today) {
		Move.requireWhen(date, time, today, CONTEXT);
		if (date.isAfter(today.plusYears(2))) {
			throw RuleViolation.onField("date", "association.date.tooFar");
		}
	}

	private static List<AgendaRow> rows(List<AgendaItem> items) {
		return items.stream().map(AgendaRow::new).toList();
	}

	private static Set<ParticipantRow> rows(Set<Attendee> attendance) {
		return new HashSet<>(attendance.stream().map(ParticipantRow::new).toList());
	}

	private void requireOwn(Association association) {
		if (!association.getId().equals(associationId)) {
			throw new IllegalArgumentException("Session " + id + " belongs to another association");
		}
	}

	private List<Attendee> attendance() {
		return participants.stream().map(ParticipantRow::attendee).toList();
	}

	@Override
	public List<StaffId> invited() {
		return Attendance.invited(attendance());
	}

	@Override
	public List<StaffId> presentMembers() {
		return Attendance.present(attendance());
	}

	@Override
	public Map<StaffId, String> absenceReasons() {
		return Attendance.absenceReasons(attendance());
	}

	public List<String> agendaTitles() {
		return Agenda.titles(agenda());
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

	@Override
	public LocalDate date() {
		return date;
	}

	@Override
	public LocalTime time() {
		return time;
	}

	@Override
	public String place() {
		return place;
	}

	@Override
	public List<AgendaItem> agenda() {
		return agenda.stream().map(AgendaRow::item).toList();
	}

	@Override
	public List<Move> moves() {
		return moves.stream().map(MoveRow::move).toList();
	}

	@Override
	public MeetingStatus status() {
		return status;
	}

	@Override
	public String cancelReason() {
		return cancelReason;
	}

	@Override
	public Integer version() {
		return version;
	}
}
