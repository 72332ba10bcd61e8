package kg.usulduk.planning.internal.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kg.usulduk.school.DashboardPanel;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.SchoolTime;

import org.springframework.stereotype.Component;

/**
 * The start page lists the person's late plan items: items they are responsible for in a plan not replaced, still
 * planned though their day or period is past.
 */
@Component
class LatePlanItemsPanel implements DashboardPanel {

	private final WorkPlanManagement plans;
	private final SchoolTime schoolTime;

	LatePlanItemsPanel(WorkPlanManagement plans, SchoolTime schoolTime) {
		this.plans = plans;
		this.schoolTime = schoolTime;
	}

	/** A late item and the plan it belongs to. */
	record Late(WorkPlan plan, String association, PlanItem item) {
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String fragment() {
		return "planning/plans/fragments :: late";
	}

	@Override
	public Map<String, Object> data(SchoolUser user) {
		LocalDate today = schoolTime.today(user.schoolId());
		List<Late> late = new ArrayList<>();
		for (WorkPlan plan : plans.plansOf(user, SchoolYear.of(today))) {
			if (plan.status() == WorkPlan.Status.REPLACED) {
				continue;
			}
			var quarters = plans.quarters(plan);
			for (PlanItem item : plan.items()) {
				if (user.staffId().equals(item.responsible()) && PlanSummary.isLate(item, today, quarters)) {
					late.add(new Late(plan, plans.associationOf(plan).name(), item));
				}
			}
		}
		return late.isEmpty() ? Map.of() : Map.of("late", late);
	}
}
