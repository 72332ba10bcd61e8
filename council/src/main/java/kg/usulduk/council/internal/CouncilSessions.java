package kg.usulduk.council.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

public interface CouncilSessions extends ListCrudRepository<CouncilSession, CouncilSessionId> {

	Optional<CouncilSession> findByIdAndSchoolId(CouncilSessionId id, SchoolId school);

	List<CouncilSession> findByCouncilIdOrderByDateAscTimeAsc(CouncilId council);
}
