package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilSessionCancelled;
import kg.usulduk.council.CouncilSessionHeld;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.CouncilSessionRescheduled;
import kg.usulduk.council.CouncilSessionScheduled;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
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
 * A session of the methodological council: scheduled within its school year with an agenda, possibly moved or
 * cancelled with a reason, then held with the members' attendance. The last session of the year is marked as the
 * one that sums the year up (003 §5.2).
 */
@Table(schema = "council", name = "sessions")
public class CouncilSession extends AbstractAggregateRoot<CouncilSession>
		implements AggregateRoot<CouncilSession, CouncilSessionId> {

	public enum Status {
		SCHEDULED, HELD, CANCELLED
	}

	private final @Id CouncilSessionId id;
	private final SchoolId schoolId;
	private final CouncilId councilId;
	private LocalDate date;
	private LocalTime time;
	private String place;
	private boolean yearEnd;
	@MappedCollection(idColumn = "session_id", keyColumn = "position")
	private List<AgendaItem> agenda;
	@MappedCollection(idColumn = "session_id")
	private Set<Attendance> attendance;
	private Status status;
	private String cancelReason;
	private @Version Integer version;

	@PersistenceCreator
	CouncilSession(CouncilSessionId id, SchoolId schoolId, CouncilId councilId, LocalDate date, LocalTime time,
			String place, boolean yearEnd, List<AgendaItem> agenda, Set<Attendance> attendance, Status status,
			String cancelReason, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.councilId = councilId;
		this.date = date;
		this.time = time;
		this.place = place;
		this.yearEnd = yearEnd;
		this.agenda = agenda == null ? new ArrayList<>() : new ArrayList<>(agenda);
		this.attendance = attendance == null ? new HashSet<>() : new HashSet<>(attendance);
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
				date, time, TypedText.optional("place", place, 200), yearEnd, checkedAgenda(agenda), null,
				Status.SCHEDULED, null, null);
		council.members().forEach(member -> session.attendance.add(new Attendance(member, false)));
		session.registerEvent(new CouncilSessionScheduled(session.schoolId, session.councilId, session.id, date, time,
				session.place, session.agendaTitles(), session.invited()));
		return session;
	}

	public void reschedule(SchoolYear year, LocalDate newDate, LocalTime newTime, String newPlace, String reason,
			LocalDate today) {
		requireScheduled();
		checkWhen(year, newDate, newTime, today);
		String why = TypedText.required("reason", reason, 500);
		String where = TypedText.optional("place", newPlace, 200);
		if (newDate.equals(date) && newTime.equals(time) && Objects.equals(where, place)) {
			throw RuleViolation.onField("date", "council.session.unchanged");
		}
		LocalDate previous = date;
		this.date = newDate;
		this.time = newTime;
		this.place = where;
		registerEvent(new CouncilSessionRescheduled(schoolId, councilId, id, previous, date, time, place, why, invited()));
	}

	public void cancel(String reason) {
		requireScheduled();
		this.cancelReason = TypedText.required("reason", reason, 500);
		this.status = Status.CANCELLED;
		registerEvent(new CouncilSessionCancelled(schoolId, councilId, id, date, cancelReason, invited()));
	}

	/** The session took place, on its day or later, with these members of the council present. */
	public void hold(Council council, Set<StaffId> present, LocalDate today) {
		requireScheduled();
		if (!council.getId().equals(councilId)) {
			throw new IllegalArgumentException("Session of another council");
		}
		if (date.isAfter(today)) {
			throw RuleViolation.of("council.session.notYet");
		}
		if (present == null || present.isEmpty()) {
			throw RuleViolation.onField("present", "council.session.nobodyPresent");
		}
		for (StaffId person : present) {
			if (!council.isMember(person) && !invited().contains(person)) {
				throw RuleViolation.onField("present", "council.session.presentNotMember");
			}
		}
		Set<Attendance> marked = new HashSet<>();
		for (StaffId member : council.members()) {
			marked.add(new Attendance(member, present.contains(member)));
		}
		for (StaffId person : present) {
			marked.removeIf(a -> a.staffId().equals(person));
			marked.add(new Attendance(person, true));
		}
		this.attendance = marked;
		this.status = Status.HELD;
		registerEvent(new CouncilSessionHeld(schoolId, councilId, id, date, presentMembers()));
	}

	/** A question joins the agenda of a session still to be held (a proposed question of the pedagogical council). */
	public void addToAgenda(AgendaItem item) {
		requireScheduled();
		List<AgendaItem> longer = new ArrayList<>(agenda);
		longer.add(item);
		this.agenda = new ArrayList<>(checkedAgenda(longer));
	}

	private static void checkWhen(SchoolYear year, LocalDate date, LocalTime time, LocalDate today) {
		if (date == null) {
			throw RuleViolation.onField("date", "validation.required");
		}
		if (time == null) {
			throw RuleViolation.onField("time", "validation.required");
		}
		if (date.isBefore(today)) {
			throw RuleViolation.onField("date", "council.date.past");
		}
		// 003 §5.1: the council of a school year meets within that year.
		if (!year.contains(date)) {
			throw RuleViolation.onField("date", "council.date.outsideYear", year.toString());
		}
	}

	private static List<AgendaItem> checkedAgenda(List<AgendaItem> agenda) {
		if (agenda == null || agenda.isEmpty()) {
			throw RuleViolation.onField("agenda", "council.session.agendaEmpty");
		}
		if (agenda.size() > 20) {
			throw RuleViolation.onField("agenda", "council.session.agendaTooLong", 20);
		}
		return List.copyOf(agenda);
	}

	private void requireScheduled() {
		if (status == Status.HELD) {
			throw RuleViolation.of("council.session.alreadyHeld");
		}
		if (status == Status.CANCELLED) {
			throw RuleViolation.of("council.session.cancelled");
		}
	}

	public List<StaffId> invited() {
		return attendance.stream().map(Attendance::staffId).sorted(Comparator.comparing(StaffId::toString)).toList();
	}

	public List<StaffId> presentMembers() {
		return attendance.stream().filter(Attendance::present).map(Attendance::staffId)
				.sorted(Comparator.comparing(StaffId::toString)).toList();
	}

	/** How many members the council had when the session was held (or has been invited so far). */
	public int memberCount() {
		return attendance.size();
	}

	public List<String> agendaTitles() {
		return agenda.stream().map(AgendaItem::title).toList();
	}

	public boolean isHeld() {
		return status == Status.HELD;
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

	public LocalDate date() {
		return date;
	}

	public LocalTime time() {
		return time;
	}

	public String place() {
		return place;
	}

	public boolean yearEnd() {
		return yearEnd;
	}

	public List<AgendaItem> agenda() {
		return List.copyOf(agenda);
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
