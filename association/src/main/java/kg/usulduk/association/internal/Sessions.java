package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.SessionId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

public interface Sessions extends ListCrudRepository<Session, SessionId> {

	Optional<Session> findByIdAndSchoolId(SessionId id, SchoolId school);

	List<Session> findByAssociationIdAndDateBetweenOrderByDateAscTimeAsc(AssociationId association, LocalDate from,
			LocalDate to);
}
