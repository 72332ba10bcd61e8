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

	/** A council with its seats in one statement, for the pages that read it ({@link WholeCouncil}). */
	@org.springframework.data.jdbc.repository.query.Query(value = WholeCouncil.SELECT + " WHERE c.id = :id",
			rowMapperClass = WholeCouncil.class)
	Optional<Council> findWhole(java.util.UUID id);

	/** The council of a school, year and body with its seats in one statement. */
	@org.springframework.data.jdbc.repository.query.Query(value = WholeCouncil.SELECT
			+ " WHERE c.school_id = :school AND c.school_year = :schoolYear AND c.body = :body",
			rowMapperClass = WholeCouncil.class)
	Optional<Council> findWholeOfYear(java.util.UUID school, int schoolYear, String body);

	List<Council> findBySchoolIdOrderBySchoolYearDesc(SchoolId school);
}
