package kg.usulduk.council.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

public interface CouncilSessions extends ListCrudRepository<CouncilSession, CouncilSessionId> {

	Optional<CouncilSession> findByIdAndSchoolId(CouncilSessionId id, SchoolId school);

	/** A session with its agenda, attendance and moves in one statement, for the pages ({@link WholeSession}). */
	@org.springframework.data.jdbc.repository.query.Query(value = WholeSession.SELECT + " WHERE s.id = :id",
			rowMapperClass = WholeSession.class)
	Optional<CouncilSession> findWhole(java.util.UUID id);

	List<CouncilSession> findByCouncilIdOrderByDateAscTimeAsc(CouncilId council);
}
