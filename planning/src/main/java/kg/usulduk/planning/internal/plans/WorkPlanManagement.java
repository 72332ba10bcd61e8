package kg.usulduk.planning.internal.plans;

import kg.usulduk.planning.internal.ApprovalNotices;
import kg.usulduk.planning.internal.ApprovalNotices.Step;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.association.AssociationId;
import kg.usulduk.planning.WorkPlanId;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.Versions;
import kg.usulduk.school.SchoolTime;

import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The associations' annual work plans: drafting (the head, the deputy, the director of the school), the deputy's
 * agreement, the director's approval (001 §5.3), new versions of an approved plan, and recording how items went.
 * Everyone of the school and the district observer read; another school's plan is not found.
 */
@Service
@Transactional
public class WorkPlanManagement {

	private final WorkPlans plans;
	private final AssociationDirectory associations;
	private final StaffDirectory staff;
	private final SchoolDirectory schools;
	private final MessageSource messages;
	private final kg.usulduk.council.PedagogicalResolutions resolutions;
	private final ApprovalNotices notices;
	private final SchoolTime schoolTime;
	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	WorkPlanManagement(org.springframework.jdbc.core.simple.JdbcClient jdbc, WorkPlans plans, AssociationDirectory associations, StaffDirectory staff,
			SchoolDirectory schools, MessageSource messages, kg.usulduk.council.PedagogicalResolutions resolutions,
			ApprovalNotices notices, SchoolTime schoolTime) {
		this.notices = notices;
		this.jdbc = jdbc;
		this.resolutions = resolutions;
		this.plans = plans;
		this.associations = associations;
		this.staff = staff;
		this.schools = schools;
		this.messages = messages;
		this.schoolTime = schoolTime;
	}

	/** A plan item as a form gives it. */
	public record ItemInput(PlanSection section, String what, StaffId responsible, PlanTime when) {
	}

	@Transactional(readOnly = true)
	public List<WorkPlan> plansOf(SchoolUser actor, SchoolYear year) {
		return plans.findBySchoolIdAndSchoolYearOrderByNumberAsc(actor.schoolId(), year.startYear());
	}

	/** A plan the actor may read: of their school, or of their district for an observer; else not found. */
	@Transactional(readOnly = true)
	public WorkPlan find(SchoolUser actor, WorkPlanId id) {
		WorkPlan plan = plans.findWhole(id.value()).orElseThrow(() -> new NotFound("work plan", id));
		SchoolProfile school = schools.find(plan.schoolId()).orElseThrow(() -> new NotFound("work plan", id));
		if (!actor.mayRead(plan.schoolId(), school.districtId())) {
			throw new NotFound("work plan", id);
		}
		return plan;
	}

	/**
	 * The versions of the plan's association and year, newest first: one statement, where the aggregates would read
	 * each version's items and history too.
	 */
	@Transactional(readOnly = true)
	public List<PlanVersion> versionsOf(SchoolUser actor, WorkPlan plan) {
		find(actor, plan.getId());
		return jdbc.sql("""
				select id, number, status from planning.work_plans
				where association_id = ? and school_year = ? order by number desc""")
				.params(plan.associationId().value(), plan.schoolYear().startYear())
				.query((row, n) -> new PlanVersion(new WorkPlanId(row.getObject("id", UUID.class)), row.getInt("number"),
						WorkPlan.Status.valueOf(row.getString("status"))))
				.list();
	}

	/** The association of the plan, as the association context knows it. */
	@Transactional(readOnly = true)
	public AssociationCard associationOf(WorkPlan plan) {
		return associations.find(plan.schoolId(), plan.associationId())
				.orElseThrow(() -> new NotFound("association", plan.associationId()));
	}

	/** The first plan of the year for an association, with the template's standard items in the author's language. */
	public WorkPlan startFromTemplate(SchoolUser actor, AssociationId association, SchoolYear year, Locale locale) {
		AssociationCard card = associations.find(actor.schoolId(), association)
				.orElseThrow(() -> new NotFound("association", association));
		requireAuthor(actor, card);
		if (!plans.findByAssociationIdAndSchoolYearOrderByNumberDesc(association, year.startYear()).isEmpty()) {
			throw RuleViolation.of("plans.rule.exists", year.toString());
		}
		return plans.save(WorkPlan.draft(actor.schoolId(), association, year, PlanTemplate.items(messages, locale)));
	}

	public WorkPlan addItem(SchoolUser actor, WorkPlanId id, Integer shownVersion, ItemInput input) {
		WorkPlan plan = authored(actor, id, shownVersion);
		plan.addItem(input.section(), input.what(), activeStaff(plan, input.responsible()), input.when());
		return plans.save(plan);
	}

	public WorkPlan changeItem(SchoolUser actor, WorkPlanId id, Integer shownVersion, UUID item, ItemInput input) {
		WorkPlan plan = authored(actor, id, shownVersion);
		plan.changeItem(item, input.section(), input.what(), activeStaff(plan, input.responsible()), input.when());
		return plans.save(plan);
	}

	public WorkPlan removeItem(SchoolUser actor, WorkPlanId id, Integer shownVersion, UUID item) {
		WorkPlan plan = authored(actor, id, shownVersion);
		plan.removeItem(item);
		return plans.save(plan);
	}

	/** How an item went: by the plan's authors or by the person responsible for the item. */
	public WorkPlan recordExecution(SchoolUser actor, WorkPlanId id, Integer shownVersion, UUID item,
			PlanItem.Status outcome, String note) {
		WorkPlan plan = own(actor, id, shownVersion);
		boolean responsible = plan.items().stream()
				.anyMatch(i -> i.ref().equals(item) && actor.staffId().equals(i.responsible()));
		if (!responsible) {
			requireAuthor(actor, associationOf(plan));
		}
		plan.recordExecution(item, outcome, note);
		return plans.save(plan);
	}

	public WorkPlan agree(SchoolUser actor, WorkPlanId id, Integer shownVersion) {
		WorkPlan plan = own(actor, id, shownVersion);
		require(mayAgree(actor), "The deputy who agrees the associations' plans agrees to a plan");
		plan.agreeByDeputy(actor.staffId(), now());
		WorkPlan agreed = plans.save(plan);
		// Issue 13: the director approves next; the head, the plan's author, learns it moved on.
		AssociationCard association = associationOf(agreed);
		List<StaffId> told = new java.util.ArrayList<>(staff.activeStaffWithRole(agreed.schoolId(), Role.DIRECTOR)
				.stream().map(kg.usulduk.school.StaffCard::id).toList());
		told.add(association.head());
		tell(Step.PLAN_AGREED, agreed, association, actor, told, null);
		return agreed;
	}

	/** The director's approval; an earlier approved version of the year is replaced by it. */
	public WorkPlan approve(SchoolUser actor, WorkPlanId id, Integer shownVersion) {
		WorkPlan plan = own(actor, id, shownVersion);
		require(actor.hasRole(Role.DIRECTOR), "The director approves a plan");
		Instant at = now();
		plan.approveByDirector(actor.staffId(), at, schoolTime.today(actor.schoolId()));
		for (WorkPlan other : plans.findByAssociationIdAndSchoolYearOrderByNumberDesc(plan.associationId(),
				plan.schoolYear().startYear())) {
			if (other.number() < plan.number() && other.status() == WorkPlan.Status.APPROVED) {
				plan.takeOverExecutionOf(other);
				other.replaceBy(plan, at);
				plans.save(other);
			}
		}
		WorkPlan approved = plans.save(plan);
		// Issue 13: the head and the deputy who agreed learn that the plan is in force.
		AssociationCard association = associationOf(approved);
		tell(Step.PLAN_APPROVED, approved, association, actor,
				java.util.Arrays.asList(association.head(), lastStepBy(approved, ApprovalStep.Act.AGREED)), null);
		return approved;
	}

	private static StaffId lastStepBy(WorkPlan plan, ApprovalStep.Act act) {
		return plan.steps().stream().filter(step -> step.act() == act).reduce((first, second) -> second)
				.map(ApprovalStep::byStaff).orElse(null);
	}

	/** Tells of the plan's latest step, named by its position so that each step is told once. */
	private void tell(Step step, WorkPlan plan, AssociationCard association, SchoolUser actor, List<StaffId> to,
			String comment) {
		String actorName = staff.find(plan.schoolId(), actor.staffId()).map(kg.usulduk.school.StaffCard::fullName)
				.orElse("");
		notices.tell(plan.schoolId(), step, plan.getId().value() + ":" + plan.steps().size(),
				"/plans/" + plan.getId().value(), actor.staffId(), to, association.name(), actorName,
				comment == null ? "" : comment);
	}

	public WorkPlan returnWithComment(SchoolUser actor, WorkPlanId id, Integer shownVersion, String comment) {
		WorkPlan plan = own(actor, id, shownVersion);
		require(actor.hasAnyRole(Role.DEPUTY, Role.DIRECTOR), "The deputy or the director returns a plan");
		StaffId agreedBy = plan.status() == WorkPlan.Status.AGREED ? lastStepBy(plan, ApprovalStep.Act.AGREED) : null;
		plan.returnWithComment(actor.staffId(), now(), comment);
		WorkPlan returned = plans.save(plan);
		// Issue 13: the head reworks it; the deputy who had agreed learns the director sent it back.
		AssociationCard association = associationOf(returned);
		tell(Step.PLAN_RETURNED, returned, association, actor, java.util.Arrays.asList(association.head(), agreedBy),
				comment);
		return returned;
	}

	/**
	 * "Edit" on an approved plan: the next version as a draft, or the one already being prepared. The approved plan
	 * stays as it is.
	 */
	public WorkPlan revise(SchoolUser actor, WorkPlanId id, Integer shownVersion) {
		WorkPlan plan = own(actor, id, shownVersion);
		requireAuthor(actor, associationOf(plan));
		List<WorkPlan> versions = plans.findByAssociationIdAndSchoolYearOrderByNumberDesc(plan.associationId(),
				plan.schoolYear().startYear());
		WorkPlan newest = versions.get(0);
		if (newest.number() > plan.number()) {
			if (newest.status() == WorkPlan.Status.DRAFT || newest.status() == WorkPlan.Status.AGREED) {
				return newest;
			}
			throw RuleViolation.of("plans.rule.reviseOnlyApproved");
		}
		return plans.save(plan.revise(actor.staffId(), now()));
	}

	/**
	 * 001 plan header: the director or the deputy records the pedagogical council's resolution that adopted the plan,
	 * chosen from the resolutions the council adopted in the plan's year.
	 */
	public WorkPlan recordAdoption(SchoolUser actor, WorkPlanId id, Integer shownVersion,
			kg.usulduk.council.PedagogicalResolutions.ResolutionRef resolution) {
		WorkPlan plan = own(actor, id, shownVersion);
		require(actor.hasAnyRole(Role.DEPUTY, Role.DIRECTOR), "The deputy or the director records the adoption");
		plan.adoptedBy(resolutions.find(actor.schoolId(), resolution).orElse(null));
		return plans.save(plan);
	}

	/** The pedagogical council's resolutions of the plan's year, to choose the one that adopted it. */
	@Transactional(readOnly = true)
	public List<kg.usulduk.council.PedagogicalResolutions.Resolution> adoptingResolutions(WorkPlan plan) {
		return resolutions.adoptedIn(plan.schoolId(), plan.schoolYear()).stream()
				.filter(r -> r.kind() == kg.usulduk.council.DecisionKind.ADOPT_WORK_PLANS).toList();
	}

	/** Two versions of one plan side by side. */
	@Transactional(readOnly = true)
	public PlanComparison compare(SchoolUser actor, WorkPlanId one, WorkPlanId other) {
		WorkPlan first = find(actor, one);
		WorkPlan second = find(actor, other);
		if (!first.associationId().equals(second.associationId())
				|| !first.schoolYear().equals(second.schoolYear())) {
			throw new NotFound("work plan", other);
		}
		return PlanComparison.of(first, second);
	}

	@Transactional(readOnly = true)
	public PlanSummary summary(WorkPlan plan) {
		return PlanSummary.of(plan, schoolTime.today(plan.schoolId()), quarters(plan));
	}

	@Transactional(readOnly = true)
	public List<Quarter> quarters(WorkPlan plan) {
		return schools.quarters(plan.schoolId(), plan.schoolYear());
	}

	/** 001 §5.3: the deputy who agrees the associations' plans (every deputy where the school named none). */
	@Transactional(readOnly = true)
	public boolean mayAgree(SchoolUser actor) {
		return schools.find(actor.schoolId())
				.map(school -> school.holdsDuty(actor, kg.usulduk.school.DeputyDuty.AGREES_PLANS_AND_ANALYSES_YEAR))
				.orElse(false);
	}

	/** Whether the person may write the plan's drafts: its association's head, the deputy, the director. */
	@Transactional(readOnly = true)
	public boolean mayAuthor(SchoolUser actor, WorkPlan plan) {
		return actor.schoolId().equals(plan.schoolId()) && isAuthor(actor, associationOf(plan));
	}

	private static boolean isAuthor(SchoolUser actor, AssociationCard card) {
		return !actor.isReadOnly() && actor.schoolId().equals(card.school())
				&& (actor.hasAnyRole(Role.DEPUTY, Role.DIRECTOR) || actor.staffId().equals(card.head()));
	}

	private static void requireAuthor(SchoolUser actor, AssociationCard card) {
		require(isAuthor(actor, card), "The association's head, the deputy or the director write its plan");
	}

	private WorkPlan authored(SchoolUser actor, WorkPlanId id, Integer shownVersion) {
		WorkPlan plan = own(actor, id, shownVersion);
		requireAuthor(actor, associationOf(plan));
		return plan;
	}

	/** A plan of the actor's own school at the version the actor saw; another school's plan is not found. */
	private WorkPlan own(SchoolUser actor, WorkPlanId id, Integer shownVersion) {
		WorkPlan plan = plans.findById(id).filter(p -> p.schoolId().equals(actor.schoolId()))
				.orElseThrow(() -> new NotFound("work plan", id));
		require(!actor.isReadOnly(), "A district observer only reads");
		Versions.expect(shownVersion, plan.version(), "Work plan " + id);
		return plan;
	}

	/** The responsible person must be someone of the school who has not left. */
	private StaffId activeStaff(WorkPlan plan, StaffId person) {
		if (person == null) {
			return null;
		}
		return staff.find(plan.schoolId(), person).filter(card -> card.active()).map(card -> card.id())
				.orElseThrow(() -> RuleViolation.onField("responsible", "plans.rule.unknownResponsible"));
	}

	private Instant now() {
		return schoolTime.instant();
	}

	private static void require(boolean allowed, String why) {
		if (!allowed) {
			throw new AccessDeniedException(why);
		}
	}
}
