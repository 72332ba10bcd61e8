package kg.usulduk.planning.internal.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kg.usulduk.association.AssociationId;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.PedagogicalResolutions;
import kg.usulduk.planning.WorkPlanApproved;
import kg.usulduk.planning.WorkPlanId;
import kg.usulduk.planning.internal.plans.ApprovalStep.Act;
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
 * One version of an association's annual work plan (001 §5.3, §6.7), in the four sections of the template of 001.
 * A draft is written by the head, the deputy or the director; the deputy agrees to it, then the director approves it.
 * An approved plan is never changed: a change is a new version, a draft copy, that replaces it once approved.
 * Only the execution of the items (done, moved, dropped) is recorded on the plan in force.
 */
@Table(schema = "planning", name = "work_plans")
public class WorkPlan extends AbstractAggregateRoot<WorkPlan> implements AggregateRoot<WorkPlan, WorkPlanId> {

	public enum Status {
		DRAFT, AGREED, APPROVED, REPLACED
	}

	static final int WHAT_MAX = 1000;
	static final int NOTE_MAX = 500;

	private final @Id WorkPlanId id;
	private final SchoolId schoolId;
	private final AssociationId associationId;
	private final int schoolYear;
	private final int number;
	private Status status;
	private final WorkPlanId previousId;
	@MappedCollection(idColumn = "plan_id", keyColumn = "position")
	private final List<PlanItem> items;
	@MappedCollection(idColumn = "plan_id", keyColumn = "position")
	private final List<ApprovalStep> steps;
	@org.springframework.data.relational.core.mapping.Embedded.Nullable(prefix = "adopted_")
	private kg.usulduk.planning.internal.Adoption adoption;
	private @Version Integer version;

	@PersistenceCreator
	WorkPlan(WorkPlanId id, SchoolId schoolId, AssociationId associationId, int schoolYear, int number, Status status,
			WorkPlanId previousId, List<PlanItem> items, List<ApprovalStep> steps,
			kg.usulduk.planning.internal.Adoption adoption, Integer version) {
		this.adoption = adoption;
		this.id = id;
		this.schoolId = schoolId;
		this.associationId = associationId;
		this.schoolYear = schoolYear;
		this.number = number;
		this.status = status;
		this.previousId = previousId;
		this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
		this.steps = steps == null ? new ArrayList<>() : new ArrayList<>(steps);
		this.version = version;
	}

	/** A first draft of the year's plan, possibly with the template's items (nobody assigned yet). */
	public static WorkPlan draft(SchoolId school, AssociationId association, SchoolYear year, List<PlanItem> items) {
		WorkPlan plan = new WorkPlan(WorkPlanId.random(), school, association, year.startYear(), 1, Status.DRAFT, null,
				List.of(), List.of(), null, null);
		items.forEach(plan::checkTime);
		plan.items.addAll(items);
		return plan;
	}

	/** A standard item of the template: what to do, with nobody responsible and no time until the authors assign them. */
	public static PlanItem templateItem(PlanSection section, String what) {
		return PlanItem.planned(section, TypedText.requiredText("what", what, WHAT_MAX), null, null);
	}

	public PlanItem addItem(PlanSection section, String what, StaffId responsible, PlanTime when) {
		requireDraft();
		// Issue 13: every field's refusal at once, not one a try.
		Violations checks = new Violations();
		String text = checks.get(() -> TypedText.requiredText("what", what, WHAT_MAX));
		StaffId who = checks.get(() -> requireResponsible(responsible));
		PlanTime time = checks.get(() -> requireTime(when));
		checks.throwIfAny();
		PlanItem item = PlanItem.planned(section, text, who, time);
		items.add(item);
		return item;
	}

	/** Rewrites an item of the draft; also how a template item gets its responsible person and time. */
	public void changeItem(UUID ref, PlanSection section, String what, StaffId responsible, PlanTime when) {
		requireDraft();
		PlanItem item = item(ref);
		Violations checks = new Violations();
		String text = checks.get(() -> TypedText.requiredText("what", what, WHAT_MAX));
		StaffId who = checks.get(() -> requireResponsible(responsible));
		PlanTime time = checks.get(() -> requireTime(when));
		checks.throwIfAny();
		item.describe(section, text, who, time);
	}

	public void removeItem(UUID ref) {
		requireDraft();
		items.remove(item(ref));
	}

	/**
	 * How an item went. Recorded on the plan in force and on drafts; a moved or dropped item says why. A replaced
	 * version is history and stays as it was.
	 */
	public void recordExecution(UUID ref, PlanItem.Status outcome, String note) {
		if (status == Status.REPLACED) {
			throw RuleViolation.of("plans.rule.replaced");
		}
		String why = TypedText.optionalText("note", note, NOTE_MAX);
		if (why == null && (outcome == PlanItem.Status.MOVED || outcome == PlanItem.Status.DROPPED)) {
			throw RuleViolation.onField("note", "plans.rule.noteRequired");
		}
		item(ref).record(outcome, why);
	}

	/** The deputy agrees to the draft: every item has someone responsible and a time. */
	public void agreeByDeputy(StaffId deputy, Instant at) {
		// 001 §5.3: the plan is approved with the deputy's agreement, so the deputy agrees to a finished draft.
		if (status != Status.DRAFT) {
			throw RuleViolation.of("plans.rule.agreeOnlyDraft");
		}
		if (items.isEmpty()) {
			throw RuleViolation.of("plans.rule.empty");
		}
		long unassigned = items.stream().filter(i -> !i.isAssigned()).count();
		if (unassigned > 0) {
			throw RuleViolation.of("plans.rule.unassigned", unassigned);
		}
		status = Status.AGREED;
		steps.add(new ApprovalStep(Act.AGREED, deputy, at, null));
	}

	/** The director approves the plan the deputy agreed to. */
	public void approveByDirector(StaffId director, Instant at, LocalDate today) {
		// 001 §5.3: the director approves the plan with the deputy's agreement, never without it.
		if (status != Status.AGREED) {
			throw RuleViolation.of(status == Status.DRAFT ? "plans.rule.notAgreed" : "plans.rule.notPending");
		}
		status = Status.APPROVED;
		steps.add(new ApprovalStep(Act.APPROVED, director, at, null));
		registerEvent(new WorkPlanApproved(schoolId, associationId, id, number, schoolYear(), today));
	}

	/** The deputy or the director sends the plan back to its authors with a comment. */
	public void returnWithComment(StaffId by, Instant at, String comment) {
		if (status != Status.DRAFT && status != Status.AGREED) {
			throw RuleViolation.of("plans.rule.notPending");
		}
		String text = TypedText.requiredText("comment", comment, 1000);
		status = Status.DRAFT;
		steps.add(new ApprovalStep(Act.RETURNED, by, at, text));
	}

	/** A change of the approved plan: version N+1 as a draft copy; this version stays in force until that is approved. */
	public WorkPlan revise(StaffId by, Instant at) {
		// 001 §5.3: what the director approved is changed only by a new version that the director approves again.
		if (status != Status.APPROVED) {
			throw RuleViolation.of("plans.rule.reviseOnlyApproved");
		}
		WorkPlan next = new WorkPlan(WorkPlanId.random(), schoolId, associationId, schoolYear, number + 1, Status.DRAFT,
				id, items.stream().map(PlanItem::copy).toList(), List.of(), null, null);
		next.steps.add(new ApprovalStep(Act.REVISED, by, at, null));
		return next;
	}

	/**
	 * While this version was prepared, the items went on being carried out under the plan in force: what was recorded
	 * there holds for the items this version still has as planned.
	 */
	public void takeOverExecutionOf(WorkPlan older) {
		for (PlanItem item : items) {
			if (item.status() == PlanItem.Status.PLANNED) {
				older.items.stream().filter(o -> o.ref().equals(item.ref()) && o.status() != PlanItem.Status.PLANNED)
						.findFirst().ifPresent(o -> item.record(o.status(), o.note()));
			}
		}
	}

	/** A later version was approved: this one is history now. */
	public void replaceBy(WorkPlan newer, Instant at) {
		if (status != Status.APPROVED || newer.status != Status.APPROVED || newer.number <= number
				|| !newer.associationId.equals(associationId) || newer.schoolYear != schoolYear) {
			throw new IllegalStateException("Version " + newer.number + " cannot replace version " + number);
		}
		status = Status.REPLACED;
		StaffId director = newer.steps.get(newer.steps.size() - 1).byStaff();
		steps.add(new ApprovalStep(Act.REPLACED, director, at, null));
	}

	/**
	 * 001 plan header: the plan is "adopted by the pedagogical council's resolution № … of …" — a resolution of its
	 * year adopting the work plans. A replaced version is history; a new version is adopted anew.
	 */
	public void adoptedBy(PedagogicalResolutions.Resolution resolution) {
		if (status == Status.REPLACED) {
			throw RuleViolation.of("plans.rule.replaced");
		}
		this.adoption = kg.usulduk.planning.internal.Adoption.by(resolution, schoolYear(), DecisionKind.ADOPT_WORK_PLANS);
	}

	public java.util.Optional<kg.usulduk.planning.internal.Adoption> adoption() {
		return java.util.Optional.ofNullable(adoption);
	}

	private void requireDraft() {
		// 001 §5.3: an agreed or approved plan is not edited: it is returned to draft, or revised as a new version.
		if (status != Status.DRAFT) {
			throw RuleViolation.of("plans.rule.notDraft");
		}
	}

	private static StaffId requireResponsible(StaffId responsible) {
		if (responsible == null) {
			throw RuleViolation.onField("responsible", "validation.required");
		}
		return responsible;
	}

	private PlanTime requireTime(PlanTime when) {
		if (when == null) {
			throw RuleViolation.onField("when", "plans.rule.when.exactlyOne");
		}
		if (!when.within(schoolYear())) {
			throw RuleViolation.onField("when", "plans.rule.when.outsideYear", schoolYear().toString());
		}
		return when;
	}

	private void checkTime(PlanItem item) {
		if (item.when() != null) {
			requireTime(item.when());
		}
	}

	private PlanItem item(UUID ref) {
		return items.stream().filter(i -> i.ref().equals(ref)).findFirst()
				.orElseThrow(() -> new kg.usulduk.school.NotFound("plan item", ref));
	}

	@Override
	public WorkPlanId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public AssociationId associationId() {
		return associationId;
	}

	public SchoolYear schoolYear() {
		return new SchoolYear(schoolYear);
	}

	/** The version number: 1 for the first plan of the year, one more for each change of an approved plan. */
	public int number() {
		return number;
	}

	public Status status() {
		return status;
	}

	public WorkPlanId previousId() {
		return previousId;
	}

	public List<PlanItem> items() {
		return List.copyOf(items);
	}

	public List<PlanItem> items(PlanSection section) {
		return items.stream().filter(i -> i.section() == section).toList();
	}

	public List<ApprovalStep> steps() {
		return List.copyOf(steps);
	}

	public boolean isDraft() {
		return status == Status.DRAFT;
	}

	/** The events the next save publishes. */
	List<Object> announced() {
		return List.copyOf(domainEvents());
	}

	public Integer version() {
		return version;
	}
}
