package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilTaskId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

public interface CouncilTasks extends ListCrudRepository<CouncilTask, CouncilTaskId> {

	Optional<CouncilTask> findByIdAndSchoolId(CouncilTaskId id, SchoolId school);

	List<CouncilTask> findByCouncilIdOrderByDueOnAsc(CouncilId council);

	/** Open tasks due by the given day: the candidates for an announcement. */
	List<CouncilTask> findByDoneOnIsNullAndDueOnLessThanEqual(LocalDate day);
}
