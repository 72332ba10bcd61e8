package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilSessionCancelled;
import kg.usulduk.council.CouncilSessionHeld;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.CouncilSessionRescheduled;
import kg.usulduk.council.CouncilSessionScheduled;
import kg.usulduk.council.internal.SessionRows.AgendaRow;
import kg.usulduk.council.internal.SessionRows.AttendeeRow;
import kg.usulduk.council.internal.SessionRows.MoveRow;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
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
 * A session of the methodological council: scheduled within its school year with an agenda, possibly moved or
 * cancelled with a reason (kept), then held with the members' attendance. The last session of the year is marked as
 * the one that sums the year up (003 §5.2). The agenda, attendance, moves and what each status allows are the shared
 * kernel's ({@code kg.usulduk.school.meetings}); the council's own are who is invited (its members), that it meets
 * within its school year, and its events.
 */
@Table(schema = "council", name = "sessions")
public class CouncilSession extends AbstractAggregateRoot<CouncilSession>
		implements AggregateRoot<CouncilSession, CouncilSessionId>, Meeting {

	private static final String CONTEXT = "council";

	private final @Id CouncilSessionId id;
	private final SchoolId schoolId;
	private final CouncilId councilId;
	private LocalDate date;
	private LocalTime time;
	private String place;
	private boolean yearEnd;
	@MappedCollection(idColumn = "session_id", keyColumn = "position")
	private List<AgendaRow> agenda;
	@MappedCollection(idColumn = "session_id")
	private Set<AttendeeRow> attendance;
	@MappedCollection(idColumn = "session_id", keyColumn = "position")
	private List<MoveRow> moves;
	private MeetingStatus status;
	private String cancelReason;
	private @Version Integer version;

	@PersistenceCreator
	CouncilSession(CouncilSessionId id, SchoolId schoolId, CouncilId councilId, LocalDate date, LocalTime time,
			String place, boolean yearEnd, List<AgendaRow> agenda, Set<AttendeeRow> attendance, List<MoveRow> moves,
			MeetingStatus status, String cancelReason, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.councilId = councilId;
		this.date = date;
		this.time = time;
		this.place = place;
		this.yearEnd = yearEnd;
		this.agenda = agenda == null ? new ArrayList<>() : new ArrayList<>(agenda);
		this.attendance = attendance == null ? new HashSet<>() : new HashSet<>(attendance);
		this.moves = moves == null ? new ArrayList<>() : new ArrayList<>(moves);
		this.status = status;
		this.cancelReason = cancelReason;
		this.version = version;
	}

	/**
	 * 003 §5.1: the council meets within its school year by its plan; a session is scheduled with its agenda on a day
	 * not yet past, and the members are invited. {@code yearEnd} marks the session that sums up the year (003 §5.2).
	 */
	public static CouncilSession schedule(Council council, LocalDate date, LocalTime time, String place,
			List<AgendaItem> agenda, boolean yearEnd, LocalDate today) {
		checkWhen(council.year(), date, time, today);
		CouncilSession session = new CouncilSession(CouncilSessionId.random(), council.schoolId(), council.getId(),
				date, time, Move.place(place), yearEnd, rows(Agenda.checked(agenda, CONTEXT)), null, null,
				MeetingStatus.SCHEDULED, null, null);
		session.attendance = rows(Attendance.invite(council.members()));
		session.registerEvent(new CouncilSessionScheduled(session.schoolId, session.councilId, session.id, date, time,
				session.place, session.agendaTitles(), session.invited()));
		return session;
	}

	/** Moves the session within its year; the reason is kept with the move and told to the members. */
	public void reschedule(SchoolYear year, LocalDate newDate, LocalTime newTime, String newPlace, String reason,
			LocalDate today) {
		status.requireScheduled(CONTEXT);
		checkWhen(year, newDate, newTime, today);
		Move move = Move.of(date, time, place, newDate, newTime, newPlace, reason, today, CONTEXT);
		LocalDate previous = date;
		moves.add(new MoveRow(move));
		this.date = newDate;
		this.time = newTime;
		this.place = Move.place(newPlace);
		registerEvent(new CouncilSessionRescheduled(schoolId, councilId, id, previous, date, time, place, move.reason(),
				invited()));
	}

	public void cancel(String reason) {
		status.requireScheduled(CONTEXT);
		this.cancelReason = TypedText.required("reason", reason, 500);
		this.status = MeetingStatus.CANCELLED;
		registerEvent(new CouncilSessionCancelled(schoolId, councilId, id, date, cancelReason, invited()));
	}

	/** The session took place with these members present, no reason given for anyone absent. */
	public void hold(Council council, Set<StaffId> present, LocalDate today) {
		hold(council, present, Map.of(), today);
	}

	/**
	 * The session took place, on its day or later, with these members of the council present and the reasons given
	 * for those absent.
	 */
	public void hold(Council council, Set<StaffId> present, Map<StaffId, String> absenceReasons, LocalDate today) {
		status.requireScheduled(CONTEXT);
		if (!council.getId().equals(councilId)) {
			throw new IllegalArgumentException("Session of another council");
		}
		if (date.isAfter(today)) {
			throw RuleViolation.of("council.session.notYet");
		}
		List<StaffId> invited = invited();
		// The quorum counts the council's members on the day it met (003 §5.3), not those invited earlier.
		this.attendance = rows(Attendance.taken(council.members(), present, absenceReasons,
				person -> council.isMember(person) || invited.contains(person), CONTEXT));
		this.status = MeetingStatus.HELD;
		registerEvent(new CouncilSessionHeld(schoolId, councilId, id, date, presentMembers()));
	}

	/** A question joins the agenda of a session still to be held (a proposed question of the pedagogical council). */
	public void addToAgenda(AgendaItem item) {
		status.requireScheduled(CONTEXT);
		List<AgendaItem> longer = new ArrayList<>(agenda());
		longer.add(item);
		this.agenda = new ArrayList<>(rows(Agenda.checked(longer, CONTEXT)));
	}

	private static void checkWhen(SchoolYear year, LocalDate date, LocalTime time, LocalDate today) {
		Move.requireWhen(date, time, today, CONTEXT);
		// 003 §5.1: the council of a school year meets within that year.
		if (!year.contains(date)) {
			throw RuleViolation.onField("date", "council.date.outsideYear", year.toString());
		}
	}

	private static List<AgendaRow> rows(List<AgendaItem> items) {
		return items.stream().map(AgendaRow::new).toList();
	}

	private static Set<AttendeeRow> rows(Set<Attendee> attendance) {
		return new HashSet<>(attendance.stream().map(AttendeeRow::new).toList());
	}

	private List<Attendee> attendees() {
		return attendance.stream().map(AttendeeRow::attendee).toList();
	}

	@Override
	public List<StaffId> invited() {
		return Attendance.invited(attendees());
	}

	@Override
	public List<StaffId> presentMembers() {
		return Attendance.present(attendees());
	}

	@Override
	public Map<StaffId, String> absenceReasons() {
		return Attendance.absenceReasons(attendees());
	}

	/** How many members the council had when the session was held (or has been invited so far). */
	public int memberCount() {
		return attendance.size();
	}

	public List<String> agendaTitles() {
		return Agenda.titles(agenda());
	}

	@Override
	public CouncilSessionId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public CouncilId councilId() {
		return councilId;
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

	public boolean yearEnd() {
		return yearEnd;
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
