package kg.usulduk.planning.internal.plans;

import java.util.List;

import kg.usulduk.association.AssociationId;
import kg.usulduk.planning.WorkPlanId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

/** Every version of every association's work plan. */
public interface WorkPlans extends ListCrudRepository<WorkPlan, WorkPlanId> {

	List<WorkPlan> findBySchoolIdAndSchoolYearOrderByNumberAsc(SchoolId school, int schoolYear);

	/** A plan with its items and steps in one statement, for its pages ({@link WholeWorkPlan}). */
	@org.springframework.data.jdbc.repository.query.Query(value = WholeWorkPlan.SELECT + " WHERE w.id = :id",
			rowMapperClass = WholeWorkPlan.class)
	java.util.Optional<WorkPlan> findWhole(java.util.UUID id);

	/** The versions of one association's plan for a year, newest first. */
	List<WorkPlan> findByAssociationIdAndSchoolYearOrderByNumberDesc(AssociationId association, int schoolYear);
}
