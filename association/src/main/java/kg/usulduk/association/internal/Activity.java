package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import kg.usulduk.association.ActivityCancelled;
import kg.usulduk.association.ActivityHeld;
import kg.usulduk.association.ActivityId;
import kg.usulduk.association.ActivityKind;
import kg.usulduk.association.ActivityRescheduled;
import kg.usulduk.association.ActivityScheduled;
import kg.usulduk.association.AssociationId;
import kg.usulduk.association.CreativeReportDelivered;
import kg.usulduk.association.MutualLessonVisit;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;
import kg.usulduk.school.Violations;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Work of an association besides its sessions: an open lesson, an extracurricular event, a lesson visit, a subject
 * week or decade, an olympiad round, a contest, a practical seminar or a creative report. It is scheduled with who
 * gives it and when, then held with its outcome, or cancelled with a reason.
 */
@Table(schema = "association", name = "activities")
public class Activity extends AbstractAggregateRoot<Activity> implements AggregateRoot<Activity, ActivityId> {

	public enum Status {
		SCHEDULED, HELD, CANCELLED
	}

	private final @Id ActivityId id;
	private final SchoolId schoolId;
	private final AssociationId associationId;
	private final ActivityKind kind;
	private String title;
	private final StaffId responsible;
	private final StaffId visited;
	private LocalDate date;
	private LocalDate until;
	private LocalTime time;
	private String classGroup;
	private String plan;
	private Status status;
	private String outcome;
	private String analysis;
	private String cancelReason;
	private final ActivityId seminarId;
	/** The thing another context recorded this as (a mentorship's lesson visit), or null for the association's own. */
	private final UUID sourceId;
	private @Version Integer version;

	@PersistenceCreator
	Activity(ActivityId id, SchoolId schoolId, AssociationId associationId, ActivityKind kind, String title,
			StaffId responsible, StaffId visited, LocalDate date, LocalDate until, LocalTime time, String classGroup,
			String plan, Status status, String outcome, String analysis, String cancelReason, ActivityId seminarId,
			UUID sourceId, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.associationId = associationId;
		this.kind = kind;
		this.title = title;
		this.responsible = responsible;
		this.visited = visited;
		this.date = date;
		this.until = until;
		this.time = time;
		this.classGroup = classGroup;
		this.plan = plan;
		this.status = status;
		this.outcome = outcome;
		this.analysis = analysis;
		this.cancelReason = cancelReason;
		this.seminarId = seminarId;
		this.sourceId = sourceId;
		this.version = version;
	}

	/**
	 * What a new activity is: its kind, title, who gives it and when, for a visit whose lesson is visited, and for
	 * an open lesson or extracurricular event the practical seminar whose programme it belongs to (or null).
	 */
	public record Plan(ActivityKind kind, String title, StaffId responsible, StaffId visited, LocalDate date,
			LocalDate until, LocalTime time, String classGroup, String plan, ActivityId seminar) {

		/** An activity tied to no seminar. */
		public Plan(ActivityKind kind, String title, StaffId responsible, StaffId visited, LocalDate date,
				LocalDate until, LocalTime time, String classGroup, String plan) {
			this(kind, title, responsible, visited, date, until, time, classGroup, plan, null);
		}
	}

	/** Schedules an activity tied to no seminar; see {@link #schedule(Association, Plan, Activity, LocalDate)}. */
	public static Activity schedule(Association association, Plan plan, LocalDate today) {
		return schedule(association, plan, null, today);
	}

	/**
	 * 004: the head decides who among the members gives an open lesson or event, and when; the schedule lists it
	 * (001 §6.7). A lesson visit (001 §3.7) names the colleague visited; a subject week or decade (001 §6.11) has its
	 * last day and may carry its plan.
	 */
	public static Activity schedule(Association association, Plan plan, Activity seminar, LocalDate today) {
		if (!association.isOpen()) {
			throw RuleViolation.of("association.closed");
		}
		// Issue 13: every field's refusal at once, not one a try.
		Violations checks = new Violations();
		checks.run(() -> {
			if (plan.kind() == null) {
				throw RuleViolation.onField("kind", "validation.required");
			}
		});
		String title = checks.get(() -> TypedText.required("title", plan.title(), 300));
		String classGroup = checks.get(() -> TypedText.optional("classGroup", plan.classGroup(), 30));
		String text = checks.get(() -> TypedText.optionalText("plan", plan.plan(), 10000));
		checks.run(() -> {
			if (plan.responsible() == null) {
				throw RuleViolation.onField("responsible", "validation.required");
			}
			if (!association.isMember(plan.responsible())) {
				throw RuleViolation.onField("responsible", "association.activity.responsibleNotMember");
			}
		});
		StaffId visited = plan.kind() != ActivityKind.LESSON_VISIT ? null : checks.get(() -> {
			if (plan.visited() == null) {
				throw RuleViolation.onField("visited", "validation.required");
			}
			if (plan.visited().equals(plan.responsible())) {
				throw RuleViolation.onField("visited", "association.activity.visitOwnLesson");
			}
			return plan.visited();
		});
		LocalDate until = plan.kind() == null ? null
				: checks.get(() -> checkedDates(plan.kind(), plan.date(), plan.until(), today));
		ActivityId seminarId = plan.kind() == null ? null : checks.get(() -> checkedSeminar(association, plan, seminar));
		checks.throwIfAny();
		Activity activity = new Activity(ActivityId.random(), association.schoolId(), association.getId(), plan.kind(),
				title, plan.responsible(), visited, plan.date(), until, plan.time(), classGroup, text, Status.SCHEDULED, null, null, null, seminarId, null,
				null);
		activity.registerEvent(new ActivityScheduled(activity.schoolId, activity.associationId, association.name(),
				activity.id, activity.kind, activity.title, activity.responsible, activity.visited, activity.date,
				activity.until, activity.time, association.currentMembers()));
		return activity;
	}

	/**
	 * 001 §3.7: a lesson visit another context recorded as it happened (a mentor and a young teacher, plan IV.2), kept
	 * as a held visit so that it counts where the association's mutual visits count. It was held, so it is neither
	 * scheduled nor announced again (the pair's calendars have it already); the topic is its outcome.
	 */
	public static Activity recordedVisit(AssociationId association, MutualLessonVisit visit) {
		Objects.requireNonNull(visit.source(), "a recorded visit has its source");
		if (visit.visitor() == null || visit.visited() == null || visit.date() == null) {
			throw new IllegalArgumentException("a visit names the visitor, the visited and the day");
		}
		// 001 §3.7: a visit is to a colleague's lesson, never one's own.
		if (visit.visitor().equals(visit.visited())) {
			throw RuleViolation.onField("visited", "association.activity.visitOwnLesson");
		}
		String topic = visit.topic() == null || visit.topic().isBlank() ? "-" : visit.topic().strip();
		String title = topic.length() > 300 ? topic.substring(0, 300) : topic;
		return new Activity(ActivityId.random(), visit.school(), association, ActivityKind.LESSON_VISIT, title,
				visit.visitor(), visit.visited(), visit.date(), null, null, null, null, Status.HELD, topic, null, null,
				null, visit.source(), null);
	}

	/** Moves the activity to other days, for the reason given. */
	public void reschedule(LocalDate newDate, LocalDate newUntil, LocalTime newTime, String reason, LocalDate today,
			List<StaffId> members) {
		requireScheduled();
		String why = TypedText.required("reason", reason, 500);
		LocalDate checkedUntil = checkedDates(kind, newDate, newUntil, today);
		// A move to where it already is would tell everyone of a change that is none.
		if (newDate.equals(date) && Objects.equals(checkedUntil, until) && Objects.equals(newTime, time)) {
			throw RuleViolation.onField("date", "association.activity.unchanged");
		}
		LocalDate previous = date;
		this.date = newDate;
		this.until = checkedUntil;
		this.time = newTime;
		registerEvent(new ActivityRescheduled(schoolId, associationId, id, kind, title, responsible, previous, date,
				until, time, why, List.copyOf(members)));
	}

	/** Cancels the activity, for the reason given. */
	public void cancel(String reason, List<StaffId> members) {
		requireScheduled();
		this.cancelReason = TypedText.required("reason", reason, 500);
		this.status = Status.CANCELLED;
		registerEvent(new ActivityCancelled(schoolId, associationId, id, kind, title, responsible, date, cancelReason,
				List.copyOf(members)));
	}

	/** The activity took place, on its first day or after, with this outcome. */
	public void markHeld(String result, LocalDate today) {
		requireScheduled();
		if (date.isAfter(today)) {
			throw RuleViolation.of("association.activity.notYet");
		}
		this.outcome = TypedText.requiredText("outcome", result, 10000);
		this.status = Status.HELD;
		registerEvent(new ActivityHeld(schoolId, associationId, id, kind, title, responsible, date, outcome));
		if (kind == ActivityKind.CREATIVE_REPORT) {
			registerEvent(new CreativeReportDelivered(schoolId, associationId, id, responsible, title, date));
		}
	}

	/** 001 §3.7: the visitor records their analysis of the visited lesson, once the visit has taken place. */
	public void recordVisitAnalysis(StaffId visitor, String text, LocalDate today) {
		if (kind != ActivityKind.LESSON_VISIT) {
			throw RuleViolation.of("association.activity.notAVisit");
		}
		if (!responsible.equals(visitor)) {
			throw RuleViolation.of("association.activity.notTheVisitor");
		}
		if (status == Status.CANCELLED) {
			throw RuleViolation.of("association.activity.cancelled");
		}
		if (date.isAfter(today)) {
			throw RuleViolation.of("association.activity.notYet");
		}
		this.analysis = TypedText.requiredText("analysis", text, 10000);
	}

	/**
	 * 001 §5.6: the practical seminar is held "with thematic open lessons and extracurricular events": an open lesson
	 * or an event may belong to the programme of one practical seminar of its own association, not cancelled; no
	 * other kind of work makes a seminar's programme.
	 */
	private static ActivityId checkedSeminar(Association association, Plan plan, Activity seminar) {
		if (plan.seminar() == null) {
			return null;
		}
		if (!plan.kind().belongsToSeminarProgramme()) {
			throw RuleViolation.onField("seminar", "association.activity.seminar.notProgrammeKind");
		}
		if (seminar == null || !seminar.getId().equals(plan.seminar()) || seminar.kind() != ActivityKind.PRACTICAL_SEMINAR
				|| !seminar.associationId().equals(association.getId())) {
			throw RuleViolation.onField("seminar", "association.activity.seminar.notASeminar");
		}
		if (seminar.status() == Status.CANCELLED) {
			throw RuleViolation.onField("seminar", "association.activity.cancelled");
		}
		return seminar.getId();
	}

	private static LocalDate checkedDates(ActivityKind kind, LocalDate date, LocalDate until, LocalDate today) {
		if (date == null) {
			throw RuleViolation.onField("date", "validation.required");
		}
		if (date.isBefore(today)) {
			throw RuleViolation.onField("date", "association.date.past");
		}
		if (date.isAfter(today.plusYears(2))) {
			throw RuleViolation.onField("date", "association.date.tooFar");
		}
		if (!kind.spansDays()) {
			return null;
		}
		LocalDate last = until == null ? date.plusDays(kind == ActivityKind.SUBJECT_WEEK ? 6 : 9) : until;
		if (last.isBefore(date)) {
			throw RuleViolation.onField("until", "association.activity.endsBeforeStart");
		}
		if (last.isAfter(date.plusDays(31))) {
			throw RuleViolation.onField("until", "association.activity.tooLong");
		}
		return last;
	}

	private void requireScheduled() {
		if (status == Status.HELD) {
			throw RuleViolation.of("association.activity.alreadyHeld");
		}
		if (status == Status.CANCELLED) {
			throw RuleViolation.of("association.activity.cancelled");
		}
	}

	@Override
	public ActivityId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public AssociationId associationId() {
		return associationId;
	}

	public ActivityKind kind() {
		return kind;
	}

	public String title() {
		return title;
	}

	public StaffId responsible() {
		return responsible;
	}

	public StaffId visited() {
		return visited;
	}

	public LocalDate date() {
		return date;
	}

	public LocalDate until() {
		return until;
	}

	public LocalTime time() {
		return time;
	}

	public String classGroup() {
		return classGroup;
	}

	public String plan() {
		return plan;
	}

	public Status status() {
		return status;
	}

	public String outcome() {
		return outcome;
	}

	public String analysis() {
		return analysis;
	}

	public String cancelReason() {
		return cancelReason;
	}

	/** What another context recorded this as (a mentorship's lesson visit), or null for the association's own work. */
	public UUID sourceId() {
		return sourceId;
	}

	/** The practical seminar whose programme this open lesson or event belongs to (001 §5.6), or null. */
	public ActivityId seminarId() {
		return seminarId;
	}

	public Integer version() {
		return version;
	}
}
