package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kg.usulduk.council.CouncilEventCancelled;
import kg.usulduk.council.CouncilEventHeld;
import kg.usulduk.council.CouncilEventId;
import kg.usulduk.council.CouncilEventKind;
import kg.usulduk.council.CouncilEventRescheduled;
import kg.usulduk.council.CouncilEventScheduled;
import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;
import kg.usulduk.school.Violations;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An event the methodological council organises (000 §2.3): a scientific-practical conference, pedagogical
 * readings, a seminar, a round table, a methodological competition or review, a methodological day. Scheduled by the
 * council within its school year for one day or a span of days, with the person responsible and, where a decision
 * of the council set it, that decision; moved or cancelled with a reason; held with its outcome.
 */
@Table(schema = "council", name = "events")
public class CouncilEvent extends AbstractAggregateRoot<CouncilEvent> implements AggregateRoot<CouncilEvent, CouncilEventId> {

	/** The longest span of days one event may take (a review over a month at most). */
	static final int LONGEST_DAYS = 31;

	public enum Status {
		SCHEDULED, HELD, CANCELLED
	}

	/** Whom the event concerns: the council's members, or all the school's staff (a methodological day). */
	public enum Audience {
		COUNCIL, STAFF
	}

	/** What the council schedules; {@code endsOn} null for a one-day event, the decision optional. */
	public record Plan(CouncilEventKind kind, String title, String theme, LocalDate startsOn, LocalDate endsOn,
			LocalTime time, String place, StaffId responsible, Audience audience, CouncilSessionId decisionSession,
			Integer decisionItem) {
	}

	/** How the event went: the outcome, how many took part, its materials and results. */
	public record Outcome(String outcome, Integer participants, String materials) {
	}

	private final @Id CouncilEventId id;
	private final SchoolId schoolId;
	private final CouncilId councilId;
	private final CouncilEventKind kind;
	private final String title;
	private final String theme;
	private LocalDate startsOn;
	private LocalDate endsOn;
	private LocalTime time;
	private String place;
	private final StaffId responsible;
	private final Audience audience;
	private final CouncilSessionId decisionSession;
	private final Integer decisionItem;
	private Status status;
	private String cancelReason;
	private String outcome;
	private Integer participants;
	private String materials;
	@MappedCollection(idColumn = "event_id", keyColumn = "position")
	private List<EventMove> moves;
	private @Version Integer version;

	@PersistenceCreator
	CouncilEvent(CouncilEventId id, SchoolId schoolId, CouncilId councilId, CouncilEventKind kind, String title,
			String theme, LocalDate startsOn, LocalDate endsOn, LocalTime time, String place, StaffId responsible,
			Audience audience, CouncilSessionId decisionSession, Integer decisionItem, Status status,
			String cancelReason, String outcome, Integer participants, String materials, List<EventMove> moves,
			Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.councilId = councilId;
		this.kind = kind;
		this.title = title;
		this.theme = theme;
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.time = time;
		this.place = place;
		this.responsible = responsible;
		this.audience = audience;
		this.decisionSession = decisionSession;
		this.decisionItem = decisionItem;
		this.status = status;
		this.cancelReason = cancelReason;
		this.outcome = outcome;
		this.participants = participants;
		this.materials = materials;
		this.moves = moves == null ? new ArrayList<>() : new ArrayList<>(moves);
		this.version = version;
	}

	/**
	 * 000 §2.3: the council organises the event; it is scheduled on days not yet past, within the council's school
	 * year, and the people it concerns ({@code invited}) are told.
	 */
	public static CouncilEvent schedule(Council council, Plan plan, List<StaffId> invited, LocalDate today) {
		// Issue 13: every field's refusal at once, not one a try.
		Violations checks = new Violations();
		checks.run(() -> {
			if (plan.kind() == null) {
				throw RuleViolation.onField("kind", "validation.required");
			}
		});
		String title = checks.get(() -> TypedText.required("title", plan.title(), 200));
		String theme = checks.get(() -> TypedText.optional("theme", plan.theme(), 500));
		checks.run(() -> {
			if (plan.responsible() == null) {
				throw RuleViolation.onField("responsible", "validation.required");
			}
		});
		String where = checks.get(() -> TypedText.optional("place", plan.place(), 200));
		LocalDate ends = plan.endsOn() == null ? plan.startsOn() : plan.endsOn();
		checks.run(() -> checkDays(council.year(), plan.startsOn(), ends, today));
		checks.run(() -> {
			if ((plan.decisionSession() == null) != (plan.decisionItem() == null)) {
				throw RuleViolation.onField("decision", "council.event.decisionUnknown");
			}
		});
		checks.throwIfAny();
		CouncilEvent event = new CouncilEvent(CouncilEventId.random(), council.schoolId(), council.getId(), plan.kind(),
				title, theme, plan.startsOn(), ends, plan.time(), where,
				plan.responsible(), plan.audience() == null ? Audience.COUNCIL : plan.audience(), plan.decisionSession(),
				plan.decisionItem(), Status.SCHEDULED, null, null, null, null, null, null);
		event.registerEvent(new CouncilEventScheduled(event.schoolId, event.councilId, event.id, event.kind,
				event.title, event.theme, event.startsOn, event.endsOn, event.time, event.place, event.responsible,
				withResponsible(invited, event.responsible)));
		return event;
	}

	/**
	 * The event moves to other days, for a reason kept in its history; the new days follow the same rules as at
	 * scheduling. A one-day event stays one day unless {@code newEndsOn} says otherwise.
	 */
	public void reschedule(SchoolYear year, LocalDate newStartsOn, LocalDate newEndsOn, LocalTime newTime,
			String newPlace, String reason, List<StaffId> invited, LocalDate today) {
		requireScheduled();
		Violations checks = new Violations();
		String why = checks.get(() -> TypedText.required("reason", reason, 500));
		LocalDate ends = newEndsOn == null ? newStartsOn : newEndsOn;
		checks.run(() -> checkDays(year, newStartsOn, ends, today));
		String where = checks.get(() -> TypedText.optional("place", newPlace, 200));
		checks.throwIfAny();
		if (newStartsOn.equals(startsOn) && ends.equals(endsOn) && Objects.equals(newTime, time)
				&& Objects.equals(where, place)) {
			throw RuleViolation.onField("startsOn", "council.event.unchanged");
		}
		LocalDate previous = startsOn;
		moves.add(new EventMove(previous, newStartsOn, why, today));
		this.startsOn = newStartsOn;
		this.endsOn = ends;
		this.time = newTime;
		this.place = where;
		registerEvent(new CouncilEventRescheduled(schoolId, councilId, id, kind, title, previous, startsOn, endsOn, time,
				place, why, responsible, withResponsible(invited, responsible)));
	}

	/** The event will not take place, for the reason given. */
	public void cancel(String reason, List<StaffId> invited) {
		requireScheduled();
		this.cancelReason = TypedText.required("reason", reason, 500);
		this.status = Status.CANCELLED;
		registerEvent(new CouncilEventCancelled(schoolId, councilId, id, kind, title, startsOn, endsOn, cancelReason,
				responsible, withResponsible(invited, responsible)));
	}

	/**
	 * 000 §2.3 (the council holds the event) and 003 §5.5 (it reports on its work): an event is marked held only with
	 * its outcome and how many took part, and not before its first day.
	 */
	public void hold(Outcome result, LocalDate today) {
		requireScheduled();
		if (startsOn.isAfter(today)) {
			throw RuleViolation.of("council.event.notYet");
		}
		Violations checks = new Violations();
		String what = checks.get(
				() -> TypedText.requiredText("outcome", result == null ? null : result.outcome(), 5000));
		Integer count = result == null ? null : result.participants();
		checks.run(() -> {
			if (count == null) {
				throw RuleViolation.onField("participants", "validation.required");
			}
			if (count < 1 || count > 10000) {
				throw RuleViolation.onField("participants", "council.event.participantsRange");
			}
		});
		String kept = checks.get(
				() -> TypedText.optionalText("materials", result == null ? null : result.materials(), 5000));
		checks.throwIfAny();
		this.materials = kept;
		this.outcome = what;
		this.participants = count;
		this.status = Status.HELD;
		registerEvent(new CouncilEventHeld(schoolId, councilId, id, kind, title, startsOn, endsOn, outcome,
				participants, responsible));
	}

	private static void checkDays(SchoolYear year, LocalDate starts, LocalDate ends, LocalDate today) {
		if (starts == null) {
			throw RuleViolation.onField("startsOn", "validation.required");
		}
		// Planned ahead: a day already past cannot be scheduled.
		if (starts.isBefore(today)) {
			throw RuleViolation.onField("startsOn", "council.event.past");
		}
		if (ends.isBefore(starts)) {
			throw RuleViolation.onField("endsOn", "council.event.endsBeforeStart");
		}
		if (ChronoUnit.DAYS.between(starts, ends) + 1 > LONGEST_DAYS) {
			throw RuleViolation.onField("endsOn", "council.event.tooLong", LONGEST_DAYS);
		}
		// 003 §2.3: the council's plan of methodological work is a school year's; its events fall within that year.
		if (!year.contains(starts) || !year.contains(ends)) {
			throw RuleViolation.onField("startsOn", "council.event.outsideYear", year.toString());
		}
	}

	private void requireScheduled() {
		if (status == Status.HELD) {
			throw RuleViolation.of("council.event.alreadyHeld");
		}
		if (status == Status.CANCELLED) {
			throw RuleViolation.of("council.event.cancelled");
		}
	}

	private static List<StaffId> withResponsible(List<StaffId> invited, StaffId responsible) {
		List<StaffId> people = new ArrayList<>();
		if (invited != null) {
			invited.stream().filter(Objects::nonNull).distinct().forEach(people::add);
		}
		if (!people.contains(responsible)) {
			people.add(responsible);
		}
		return List.copyOf(people);
	}

	public boolean isMultiDay() {
		return !startsOn.equals(endsOn);
	}

	public boolean isScheduled() {
		return status == Status.SCHEDULED;
	}

	@Override
	public CouncilEventId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public CouncilId councilId() {
		return councilId;
	}

	public CouncilEventKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public String theme() {
		return theme;
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

	public StaffId responsible() {
		return responsible;
	}

	public Audience audience() {
		return audience;
	}

	public CouncilSessionId decisionSession() {
		return decisionSession;
	}

	public Integer decisionItem() {
		return decisionItem;
	}

	public Status status() {
		return status;
	}

	public String cancelReason() {
		return cancelReason;
	}

	public String outcome() {
		return outcome;
	}

	public Integer participants() {
		return participants;
	}

	public String materials() {
		return materials;
	}

	public List<EventMove> moves() {
		return List.copyOf(moves);
	}

	public Integer version() {
		return version;
	}
}
