package kg.usulduk.planning.internal.plans;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.school.ComplianceLine.Standing;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.SchoolYear;

import org.jmolecules.ddd.types.ValueObject;

/**
 * Whether an association's annual work plan was approved as 001 §5.3 asks: by the director, with the deputy's
 * agreement, at the start of the school year. The start of the year is taken as its first quarter: until the first
 * quarter ends a plan on its way (a draft, or agreed and waiting for the director) is on track and no plan at all is
 * at risk; once it has ended, a plan not approved breaks the rule.
 */
public record PlanApproval(Standing standing, String reason) implements ValueObject {

	public static final String CLAUSE = "001 §5.3";

	/** Where an association's plan of the year stands: the versions it has, by status. */
	public record Facts(boolean approved, boolean agreed, boolean draft) {
	}

	// 001 §5.3: the plan is approved at the start of the school year by the director with the deputy's agreement.
	public static PlanApproval of(Facts facts, SchoolYear year, List<Quarter> quarters, LocalDate today) {
		if (facts.approved()) {
			return new PlanApproval(Standing.MET, "plans.rule.approval.met");
		}
		LocalDate startOver = quarters.stream().filter(quarter -> quarter.number() == 1).findFirst()
				.map(Quarter::end).orElse(year.start().plusMonths(2));
		if (today.isAfter(startOver)) {
			return new PlanApproval(Standing.BROKEN, "plans.rule.approval.late");
		}
		if (facts.agreed()) {
			return new PlanApproval(Standing.ON_TRACK, "plans.rule.approval.agreed");
		}
		return facts.draft() ? new PlanApproval(Standing.ON_TRACK, "plans.rule.approval.draft")
				: new PlanApproval(Standing.AT_RISK, "plans.rule.approval.missing");
	}
}
