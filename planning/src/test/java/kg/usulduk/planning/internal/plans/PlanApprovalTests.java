package kg.usulduk.planning.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.planning.internal.plans.PlanApproval.Facts;
import kg.usulduk.school.ComplianceLine.Standing;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.SchoolYear;

import org.junit.jupiter.api.Test;

/** 001 §5.3: an association's plan is approved at the start of the year, by the director with the deputy's agreement. */
class PlanApprovalTests {

	static final SchoolYear YEAR = new SchoolYear(2026);
	static final List<Quarter> QUARTERS = Quarter.defaultsFor(YEAR);
	static final LocalDate IN_THE_FIRST_QUARTER = YEAR.start().plusDays(20);
	static final LocalDate AFTER_THE_FIRST_QUARTER = QUARTERS.get(0).end().plusDays(1);

	@Test
	void aPlanTheDirectorApprovedMeetsTheRuleWhenever() {
		assertThat(PlanApproval.of(new Facts(true, false, false), YEAR, QUARTERS, AFTER_THE_FIRST_QUARTER).standing())
				.isEqualTo(Standing.MET);
	}

	@Test
	void aDraftOrAnAgreedPlanIsOnTrackWhileTheFirstQuarterRuns() {
		assertThat(PlanApproval.of(new Facts(false, false, true), YEAR, QUARTERS, IN_THE_FIRST_QUARTER))
				.isEqualTo(new PlanApproval(Standing.ON_TRACK, "plans.rule.approval.draft"));
		assertThat(PlanApproval.of(new Facts(false, true, false), YEAR, QUARTERS, IN_THE_FIRST_QUARTER))
				.isEqualTo(new PlanApproval(Standing.ON_TRACK, "plans.rule.approval.agreed"));
	}

	@Test
	void anAssociationWithoutAPlanIsAtRiskInTheFirstQuarter() {
		assertThat(PlanApproval.of(new Facts(false, false, false), YEAR, QUARTERS, IN_THE_FIRST_QUARTER))
				.isEqualTo(new PlanApproval(Standing.AT_RISK, "plans.rule.approval.missing"));
	}

	@Test
	void aPlanNotApprovedWhenTheFirstQuarterIsOverBreaksTheRule() {
		assertThat(PlanApproval.of(new Facts(false, true, true), YEAR, QUARTERS, AFTER_THE_FIRST_QUARTER))
				.isEqualTo(new PlanApproval(Standing.BROKEN, "plans.rule.approval.late"));
	}
}
