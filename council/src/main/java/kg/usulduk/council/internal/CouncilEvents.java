package kg.usulduk.council.internal;

import java.util.Optional;

import kg.usulduk.council.CouncilEventId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

public interface CouncilEvents extends ListCrudRepository<CouncilEvent, CouncilEventId> {

	Optional<CouncilEvent> findByIdAndSchoolId(CouncilEventId id, SchoolId school);
}
