package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kg.usulduk.association.ActivityId;
import kg.usulduk.association.AssociationId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

public interface Activities extends ListCrudRepository<Activity, ActivityId> {

	Optional<Activity> findByIdAndSchoolId(ActivityId id, SchoolId school);

	List<Activity> findByAssociationIdAndDateBetweenOrderByDateAsc(AssociationId association, LocalDate from,
			LocalDate to);

	/** 001 §5.6: the open lessons and events of a practical seminar's programme. */
	List<Activity> findBySeminarIdOrderByDateAsc(ActivityId seminar);

	/** A visit another context recorded, by what it is there (a mentorship's meeting). */
	boolean existsBySourceId(java.util.UUID source);

	List<Activity> findBySchoolIdAndDateBetweenOrderByDateAsc(SchoolId school, LocalDate from, LocalDate to);
}
