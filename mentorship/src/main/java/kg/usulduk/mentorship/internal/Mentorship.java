package kg.usulduk.mentorship.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.SessionId;
import kg.usulduk.mentorship.MeetingKind;
import kg.usulduk.mentorship.MentorAssigned;
import kg.usulduk.mentorship.MentorOrderId;
import kg.usulduk.mentorship.MentorProposed;
import kg.usulduk.mentorship.MentorshipCompleted;
import kg.usulduk.mentorship.MentorshipEnded;
import kg.usulduk.mentorship.MentorshipId;
import kg.usulduk.mentorship.MentorshipLessonVisited;
import kg.usulduk.mentorship.MentorshipMeetingLogged;
import kg.usulduk.mentorship.MentorshipPlanApproved;
import kg.usulduk.mentorship.MentorshipReportSubmitted;
import kg.usulduk.mentorship.PlanOwner;
import kg.usulduk.mentorship.ReportKind;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
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
 * A young teacher and their mentor for a term (001 §2.1, §3.16, plan IV.1): proposed by the head of the young
 * teacher's association, accepted by the mentor, assigned by the director's order, then their plans, meetings,
 * lesson visits and reports until it is completed, or ended early.
 */
@Table(schema = "mentorship", name = "mentorships")
public class Mentorship extends AbstractAggregateRoot<Mentorship> implements AggregateRoot<Mentorship, MentorshipId> {

	/** The longest meeting a log takes: a school day (a 30-hour meeting is a typing error). */
	static final int LONGEST_MEETING_MINUTES = 8 * 60;

	public enum Status {
		/** Proposed by the head; the mentor has not answered. */
		PROPOSED,
		/** The mentor declined; the head proposes someone else. */
		DECLINED,
		/** The mentor accepted; the director's order assigns them. */
		ACCEPTED,
		/** Assigned by the order: the term runs. */
		ASSIGNED,
		/** Both reports heard: done, with its result. */
		COMPLETED,
		/** Ended before its term, with the reason. */
		ENDED;

		/** Whether the pair still counts as the young teacher's mentorship of the year (one at a time). */
		public boolean isActive() {
			return this == PROPOSED || this == ACCEPTED || this == ASSIGNED;
		}
	}

	/**
	 * What a school sets for mentors: plan IV.1.A leaves to the school who may mentor, so the minimum experience and the
	 * most mentees a mentor takes are settings (defaults 5 years and 2); who is young is the school's setting.
	 */
	public record Limits(int youngTeacherYears, int mentorMinimumYears, int maximumMentees) {
	}

	/** What the head proposes: the young teacher, the mentor, and the association session that decided it, if any. */
	public record Proposal(StaffCard youngTeacher, StaffCard mentor, SessionId session) {
	}

	private final @Id MentorshipId id;
	private final SchoolId schoolId;
	private final AssociationId associationId;
	private final StaffId youngTeacher;
	private final StaffId mentor;
	private final int schoolYear;
	private Status status;
	private final StaffId proposedBy;
	private final LocalDate proposedOn;
	private final SessionId proposalSession;
	private LocalDate answeredOn;
	private String declineReason;
	private MentorOrderId orderId;
	private String orderNumber;
	private LocalDate orderDate;
	private LocalDate termStart;
	private LocalDate termEnd;
	private StaffId controlledBy;
	private String difficulties;
	@MappedCollection(idColumn = "mentorship_id", keyColumn = "position")
	private List<PlanItem> items;
	private LocalDate mentorPlanApprovedOn;
	private StaffId mentorPlanApprovedBy;
	private LocalDate youngPlanApprovedOn;
	private StaffId youngPlanApprovedBy;
	@MappedCollection(idColumn = "mentorship_id", keyColumn = "position")
	private List<Meeting> meetings;
	private String youngTeacherReport;
	private LocalDate youngTeacherReportOn;
	private String mentorReference;
	private LocalDate mentorReferenceOn;
	private String result;
	private SessionId reportsHeardAt;
	private LocalDate completedOn;
	private String endReason;
	private LocalDate endedOn;
	private MentorOrderId endOrderId;
	private @Version Integer version;

	@PersistenceCreator
	Mentorship(MentorshipId id, SchoolId schoolId, AssociationId associationId, StaffId youngTeacher, StaffId mentor,
			int schoolYear, Status status, StaffId proposedBy, LocalDate proposedOn, SessionId proposalSession,
			LocalDate answeredOn, String declineReason, MentorOrderId orderId, String orderNumber, LocalDate orderDate,
			LocalDate termStart, LocalDate termEnd, StaffId controlledBy, String difficulties, List<PlanItem> items,
			LocalDate mentorPlanApprovedOn, StaffId mentorPlanApprovedBy, LocalDate youngPlanApprovedOn,
			StaffId youngPlanApprovedBy, List<Meeting> meetings, String youngTeacherReport,
			LocalDate youngTeacherReportOn, String mentorReference, LocalDate mentorReferenceOn, String result,
			SessionId reportsHeardAt, LocalDate completedOn, String endReason, LocalDate endedOn,
			MentorOrderId endOrderId, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.associationId = associationId;
		this.youngTeacher = youngTeacher;
		this.mentor = mentor;
		this.schoolYear = schoolYear;
		this.status = status;
		this.proposedBy = proposedBy;
		this.proposedOn = proposedOn;
		this.proposalSession = proposalSession;
		this.answeredOn = answeredOn;
		this.declineReason = declineReason;
		this.orderId = orderId;
		this.orderNumber = orderNumber;
		this.orderDate = orderDate;
		this.termStart = termStart;
		this.termEnd = termEnd;
		this.controlledBy = controlledBy;
		this.difficulties = difficulties;
		this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
		this.mentorPlanApprovedOn = mentorPlanApprovedOn;
		this.mentorPlanApprovedBy = mentorPlanApprovedBy;
		this.youngPlanApprovedOn = youngPlanApprovedOn;
		this.youngPlanApprovedBy = youngPlanApprovedBy;
		this.meetings = meetings == null ? new ArrayList<>() : new ArrayList<>(meetings);
		this.youngTeacherReport = youngTeacherReport;
		this.youngTeacherReportOn = youngTeacherReportOn;
		this.mentorReference = mentorReference;
		this.mentorReferenceOn = mentorReferenceOn;
		this.result = result;
		this.reportsHeardAt = reportsHeardAt;
		this.completedOn = completedOn;
		this.endReason = endReason;
		this.endedOn = endedOn;
		this.endOrderId = endOrderId;
		this.version = version;
	}

	/**
	 * Plan IV.1.A: the association proposes a mentor for a young teacher. Every refusal at once (issue 13).
	 *
	 * @param mentorsMentees      how many active mentorships the proposed mentor has this year already
	 * @param youngTeacherIsPaired whether the young teacher has an active mentorship this year already
	 */
	public static Mentorship propose(SchoolId school, AssociationId association, List<StaffId> members,
			Proposal proposal, Limits limits, int mentorsMentees, boolean youngTeacherIsPaired, StaffId proposedBy,
			LocalDate today) {
		Violations checks = new Violations();
		StaffCard young = proposal.youngTeacher();
		StaffCard mentor = proposal.mentor();
		checks.run(() -> {
			if (young == null) {
				throw RuleViolation.onField("youngTeacher", "validation.required");
			}
			// 001 §2.1: mentorship is for young teachers, those below the school's years of experience.
			if (!(young.yearsOfExperience(today) < limits.youngTeacherYears())) {
				throw RuleViolation.onField("youngTeacher", "mentorship.youngTeacher.notYoung",
						limits.youngTeacherYears());
			}
			if (!members.contains(young.id())) {
				throw RuleViolation.onField("youngTeacher", "mentorship.youngTeacher.notMember");
			}
			// One active mentor for a young teacher in a year.
			if (youngTeacherIsPaired) {
				throw RuleViolation.onField("youngTeacher", "mentorship.youngTeacher.alreadyPaired");
			}
		});
		checks.run(() -> {
			if (mentor == null) {
				throw RuleViolation.onField("mentor", "validation.required");
			}
			if (young != null && mentor.id().equals(young.id())) {
				throw RuleViolation.onField("mentor", "mentorship.mentor.isTheYoungTeacher");
			}
			int years = mentor.yearsOfExperience(today);
			// Plan IV.1.A: a mentor is an experienced teacher: not young, and with the school's minimum experience.
			if (years < limits.youngTeacherYears()) {
				throw RuleViolation.onField("mentor", "mentorship.mentor.young", limits.youngTeacherYears());
			}
			if (years < limits.mentorMinimumYears()) {
				throw RuleViolation.onField("mentor", "mentorship.mentor.tooLittleExperience",
						limits.mentorMinimumYears());
			}
			if (mentorsMentees >= limits.maximumMentees()) {
				throw RuleViolation.onField("mentor", "mentorship.mentor.tooManyMentees", limits.maximumMentees());
			}
		});
		checks.throwIfAny();
		Mentorship pair = new Mentorship(MentorshipId.random(), school, association, young.id(), mentor.id(),
				SchoolYear.of(today).startYear(), Status.PROPOSED, proposedBy, today, proposal.session(), null, null,
				null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
				null, null, null, null, null, null, null);
		pair.registerEvent(new MentorProposed(school, pair.id, association, pair.youngTeacher, pair.mentor, proposedBy,
				today));
		return pair;
	}

	/** The proposed mentor agrees to mentor. */
	public void accept(StaffId by, LocalDate today) {
		requireMentor(by);
		requireStatus(Status.PROPOSED, "mentorship.notProposed");
		this.status = Status.ACCEPTED;
		this.answeredOn = today;
	}

	/** The proposed mentor declines, saying why; the head may propose someone else. */
	public void decline(StaffId by, String reason, LocalDate today) {
		requireMentor(by);
		requireStatus(Status.PROPOSED, "mentorship.notProposed");
		this.declineReason = TypedText.required("reason", reason, 500);
		this.status = Status.DECLINED;
		this.answeredOn = today;
	}

	/** Plan IV.1.A: the director's order assigns the accepted mentor for the term, controlled by a deputy. */
	void assign(MentorOrder order) {
		requireStatus(Status.ACCEPTED, "mentorship.notAccepted");
		this.status = Status.ASSIGNED;
		this.orderId = order.getId();
		this.orderNumber = order.number();
		this.orderDate = order.date();
		this.termStart = order.termStart();
		this.termEnd = order.termEnd();
		this.controlledBy = order.controlledBy();
		registerEvent(new MentorAssigned(schoolId, id, associationId, youngTeacher, mentor, orderId, orderNumber,
				orderDate, termStart, termEnd, controlledBy));
	}

	/** At the start, the young teacher's difficulties, as a short questionnaire says them. */
	public void describeDifficulties(StaffId by, String text) {
		requireRunning();
		if (!youngTeacher.equals(by)) {
			throw RuleViolation.of("mentorship.onlyTheYoungTeacher");
		}
		this.difficulties = TypedText.requiredText("difficulties", text, 5000);
	}

	/** Plan IV.1.B: an item of the mentor's or the young teacher's plan, by month of the term. */
	public PlanItem planItem(PlanOwner owner, YearMonth month, String what) {
		requireRunning();
		Objects.requireNonNull(owner, "whose plan");
		if (planApprovedOn(owner).isPresent()) {
			// An approved plan is followed, not rewritten.
			throw RuleViolation.of("mentorship.plan.approved");
		}
		Violations checks = new Violations();
		String text = checks.get(() -> TypedText.required("what", what, 500));
		checks.run(() -> {
			if (month == null) {
				throw RuleViolation.onField("month", "validation.required");
			}
			if (month.atEndOfMonth().isBefore(termStart) || month.atDay(1).isAfter(termEnd)) {
				throw RuleViolation.onField("month", "mentorship.plan.outsideTerm");
			}
		});
		checks.throwIfAny();
		PlanItem item = new PlanItem(UUID.randomUUID(), owner, month.atDay(1), text, null);
		items.add(item);
		return item;
	}

	/** An item of a plan not yet approved goes. */
	public void removePlanItem(UUID ref) {
		requireRunning();
		PlanItem item = item(ref);
		if (planApprovedOn(item.owner()).isPresent()) {
			throw RuleViolation.of("mentorship.plan.approved");
		}
		items.remove(item);
	}

	/** Plan IV.1.B: the execution is followed item by item. */
	public void markDone(UUID ref, LocalDate today) {
		requireRunning();
		PlanItem item = item(ref);
		items.set(items.indexOf(item), item.doneOn(today));
	}

	/** Plan IV.1.B: the head approves a plan (discussed at a session of the association). */
	public void approvePlan(PlanOwner owner, StaffId by, LocalDate today) {
		requireRunning();
		if (planApprovedOn(owner).isPresent()) {
			throw RuleViolation.of("mentorship.plan.alreadyApproved");
		}
		if (plan(owner).isEmpty()) {
			throw RuleViolation.of("mentorship.plan.empty");
		}
		if (owner == PlanOwner.MENTOR) {
			this.mentorPlanApprovedOn = today;
			this.mentorPlanApprovedBy = by;
		}
		else {
			this.youngPlanApprovedOn = today;
			this.youngPlanApprovedBy = by;
		}
		registerEvent(new MentorshipPlanApproved(schoolId, id, owner, youngTeacher, mentor, by, today));
	}

	/** What the pair met about, when and for how long; a lesson visit carries its observation sheet. */
	public record MeetingRecord(MeetingKind kind, String topic, LocalDate date, LocalTime time, Integer minutes,
			String observation) {
	}

	/**
	 * Plan IV.1.B, IV.2: a meeting of the pair, within the term and not before the order (no meeting before the
	 * order), between a quarter of an hour and a school day. Every refusal at once.
	 */
	public Meeting logMeeting(MeetingRecord record) {
		requireRunning();
		Violations checks = new Violations();
		checks.run(() -> {
			if (record.kind() == null) {
				throw RuleViolation.onField("kind", "validation.required");
			}
		});
		String topic = checks.get(() -> TypedText.required("topic", record.topic(), 300));
		checks.run(() -> {
			if (record.date() == null) {
				throw RuleViolation.onField("date", "validation.required");
			}
			if (record.date().isBefore(orderDate) || record.date().isBefore(termStart)
					|| record.date().isAfter(termEnd)) {
				throw RuleViolation.onField("date", "mentorship.meeting.outsideTerm");
			}
		});
		checks.run(() -> {
			if (record.minutes() == null) {
				throw RuleViolation.onField("minutes", "validation.required");
			}
			if (record.minutes() < 1 || record.minutes() > LONGEST_MEETING_MINUTES) {
				throw RuleViolation.onField("minutes", "mentorship.meeting.minutesRange", LONGEST_MEETING_MINUTES);
			}
		});
		String observation = checks.get(() -> record.kind() != null && record.kind().isLessonVisit()
				? TypedText.requiredText("observation", record.observation(), 10000)
				: TypedText.optionalText("observation", record.observation(), 10000));
		checks.throwIfAny();
		Meeting meeting = new Meeting(UUID.randomUUID(), record.kind(), topic, record.date(), record.time(),
				record.minutes(), observation);
		meetings.add(meeting);
		registerEvent(new MentorshipMeetingLogged(schoolId, id, meeting.ref(), meeting.kind(), topic, meeting.date(),
				meeting.time(), meeting.minutes(), youngTeacher, mentor));
		if (meeting.kind().isLessonVisit()) {
			boolean mentorVisits = meeting.kind() == MeetingKind.MENTOR_VISITS_LESSON;
			registerEvent(new MentorshipLessonVisited(schoolId, id, associationId, meeting.ref(), meeting.date(),
					mentorVisits ? mentor : youngTeacher, mentorVisits ? youngTeacher : mentor, topic));
		}
		return meeting;
	}

	/** Plan IV.1 item 1: the young teacher's report, or the mentor's reference, each by its author. */
	public void submitReport(ReportKind kind, StaffId by, String text, LocalDate today) {
		requireRunning();
		String checked = TypedText.requiredText("text", text, 20000);
		if (kind == ReportKind.YOUNG_TEACHER_REPORT) {
			if (!youngTeacher.equals(by)) {
				throw RuleViolation.of("mentorship.onlyTheYoungTeacher");
			}
			this.youngTeacherReport = checked;
			this.youngTeacherReportOn = today;
		}
		else {
			requireMentor(by);
			this.mentorReference = checked;
			this.mentorReferenceOn = today;
		}
		registerEvent(new MentorshipReportSubmitted(schoolId, id, associationId, kind, by, youngTeacher, mentor, today));
	}

	/** Plan IV.1 item 1: both reports heard at a session of the association, the mentorship is completed. */
	public void complete(String outcome, SessionId heardAt, LocalDate today) {
		requireRunning();
		if (youngTeacherReport == null || mentorReference == null) {
			throw RuleViolation.of("mentorship.reportsMissing");
		}
		this.result = TypedText.requiredText("result", outcome, 5000);
		this.reportsHeardAt = heardAt;
		this.completedOn = today;
		this.status = Status.COMPLETED;
		registerEvent(new MentorshipCompleted(schoolId, id, youngTeacher, mentor, result, today));
	}

	/** Ended before its term by a new order of the director, for the reason it gives. */
	void endByOrder(MentorOrder order) {
		if (status != Status.ASSIGNED) {
			throw RuleViolation.of("mentorship.notRunning");
		}
		end(order.reason(), order.date(), order.getId());
	}

	/**
	 * One of the pair left the school: the mentorship ends that day, whatever its stage, and the deputy who controls it
	 * is told. Nothing changes for a mentorship that is over or for someone not in it.
	 *
	 * @return whether it ended now
	 */
	public boolean personLeft(StaffId person, LocalDate on, String reason) {
		if (!status.isActive() || !(person.equals(mentor) || person.equals(youngTeacher))) {
			return false;
		}
		end(reason, on, null);
		return true;
	}

	private void end(String reason, LocalDate on, MentorOrderId order) {
		this.endReason = TypedText.required("reason", reason, 500);
		this.endedOn = on;
		this.endOrderId = order;
		this.status = Status.ENDED;
		registerEvent(new MentorshipEnded(schoolId, id, youngTeacher, mentor, endReason, on, controlledBy));
	}

	/** Minutes of meetings held by the day given (a meeting logged ahead counts once its day has come). */
	public int minutesHeld(LocalDate today) {
		return meetings.stream().filter(m -> !m.date().isAfter(today)).mapToInt(Meeting::minutes).sum();
	}

	/** Minutes held in a month. */
	public int minutesIn(YearMonth month) {
		return meetings.stream().filter(m -> YearMonth.from(m.date()).equals(month)).mapToInt(Meeting::minutes)
				.sum();
	}

	public List<PlanItem> plan(PlanOwner owner) {
		return items.stream().filter(i -> i.owner() == owner)
				.sorted(java.util.Comparator.comparing(PlanItem::month)).toList();
	}

	public Optional<LocalDate> planApprovedOn(PlanOwner owner) {
		return Optional.ofNullable(owner == PlanOwner.MENTOR ? mentorPlanApprovedOn : youngPlanApprovedOn);
	}

	public boolean concerns(StaffId person) {
		return mentor.equals(person) || youngTeacher.equals(person);
	}

	private void requireMentor(StaffId by) {
		if (!mentor.equals(by)) {
			throw RuleViolation.of("mentorship.onlyTheMentor");
		}
	}

	private void requireStatus(Status wanted, String code) {
		if (status != wanted) {
			throw RuleViolation.of(code);
		}
	}

	/** No plans, meetings or reports before the order, nor after the mentorship is over. */
	private void requireRunning() {
		if (status == Status.COMPLETED || status == Status.ENDED || status == Status.DECLINED) {
			throw RuleViolation.of("mentorship.closed");
		}
		if (status != Status.ASSIGNED) {
			throw RuleViolation.of("mentorship.beforeOrder");
		}
	}

	private PlanItem item(UUID ref) {
		return items.stream().filter(i -> i.ref().equals(ref)).findFirst()
				.orElseThrow(() -> new kg.usulduk.school.NotFound("plan item", ref));
	}

	@Override
	public MentorshipId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public AssociationId associationId() {
		return associationId;
	}

	public StaffId youngTeacher() {
		return youngTeacher;
	}

	public StaffId mentor() {
		return mentor;
	}

	public SchoolYear schoolYear() {
		return new SchoolYear(schoolYear);
	}

	public Status status() {
		return status;
	}

	public StaffId proposedBy() {
		return proposedBy;
	}

	public LocalDate proposedOn() {
		return proposedOn;
	}

	public Optional<SessionId> proposalSession() {
		return Optional.ofNullable(proposalSession);
	}

	public Optional<String> declineReason() {
		return Optional.ofNullable(declineReason);
	}

	public Optional<MentorOrderId> orderId() {
		return Optional.ofNullable(orderId);
	}

	public String orderNumber() {
		return orderNumber;
	}

	public LocalDate orderDate() {
		return orderDate;
	}

	public LocalDate termStart() {
		return termStart;
	}

	public LocalDate termEnd() {
		return termEnd;
	}

	public StaffId controlledBy() {
		return controlledBy;
	}

	public Optional<String> difficulties() {
		return Optional.ofNullable(difficulties);
	}

	public List<Meeting> meetings() {
		return meetings.stream().sorted(java.util.Comparator.comparing(Meeting::date)).toList();
	}

	public Optional<String> youngTeacherReport() {
		return Optional.ofNullable(youngTeacherReport);
	}

	public Optional<LocalDate> youngTeacherReportOn() {
		return Optional.ofNullable(youngTeacherReportOn);
	}

	public Optional<String> mentorReference() {
		return Optional.ofNullable(mentorReference);
	}

	public Optional<LocalDate> mentorReferenceOn() {
		return Optional.ofNullable(mentorReferenceOn);
	}

	public Optional<String> result() {
		return Optional.ofNullable(result);
	}

	public Optional<LocalDate> completedOn() {
		return Optional.ofNullable(completedOn);
	}

	public Optional<String> endReason() {
		return Optional.ofNullable(endReason);
	}

	public Optional<LocalDate> endedOn() {
		return Optional.ofNullable(endedOn);
	}

	public Integer version() {
		return version;
	}
}
