package kg.usulduk.council.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.council.CouncilBody;
import kg.usulduk.council.CouncilId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

public interface Councils extends ListCrudRepository<Council, CouncilId> {

	Optional<Council> findBySchoolIdAndSchoolYearAndBody(SchoolId school, int schoolYear, CouncilBody body);

	/** The methodological council of the school year. */
	default Optional<Council> findBySchoolIdAndSchoolYear(SchoolId school, int schoolYear) {
		return findBySchoolIdAndSchoolYearAndBody(school, schoolYear, CouncilBody.METHODOLOGICAL);
	}

	Optional<Council> findByIdAndSchoolId(CouncilId id, SchoolId school);

	List<Council> findBySchoolIdOrderBySchoolYearDesc(SchoolId school);
}
