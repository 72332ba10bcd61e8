package kg.usulduk.association.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.association.AssociationId;
import kg.usulduk.school.SchoolId;

/** {@link Associations}' finders, each association with its five collections in the statement that finds it. */
public interface AssociationsLoadedWhole {

	Optional<Association> findById(AssociationId id);

	Optional<Association> findByIdAndSchoolId(AssociationId id, SchoolId school);

	/** A school's associations by name: one statement, not six per association. */
	List<Association> findBySchoolIdOrderByName(SchoolId school);
}
