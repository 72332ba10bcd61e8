package kg.usulduk.planning.internal.plans;

import kg.usulduk.planning.WorkPlanId;

/** One version of an association's plan of a year as the plan's page lists it, without its items and history. */
public record PlanVersion(WorkPlanId id, int number, WorkPlan.Status status) {

	/** As {@link WorkPlan#getId()}, which the page's links use for either. */
	public WorkPlanId getId() {
		return id;
	}
}
