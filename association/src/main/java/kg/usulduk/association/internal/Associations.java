package kg.usulduk.association.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.association.AssociationId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

/** The associations of all schools; ask by school, never across schools. */
public interface Associations extends ListCrudRepository<Association, AssociationId> {

	Optional<Association> findByIdAndSchoolId(AssociationId id, SchoolId school);

	List<Association> findBySchoolIdOrderByName(SchoolId school);
}
