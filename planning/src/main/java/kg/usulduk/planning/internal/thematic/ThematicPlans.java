package kg.usulduk.planning.internal.thematic;

import java.util.List;
import java.util.Optional;

import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

public interface ThematicPlans extends ListCrudRepository<ThematicPlan, ThematicPlan.ThematicPlanId> {

	Optional<ThematicPlan> findByIdAndSchoolId(ThematicPlan.ThematicPlanId id, SchoolId school);

	List<ThematicPlan> findBySchoolIdAndSchoolYearOrderBySubjectAscClassGroupAsc(SchoolId school, int schoolYear);
}
