package kg.usulduk.association.internal;

import java.util.Optional;

import kg.usulduk.association.AssociationId;
import kg.usulduk.school.SchoolId;

/** {@link Associations}' finders by id, each an association with its five collections in one statement. */
public interface AssociationsLoadedWhole {

	Optional<Association> findById(AssociationId id);

	Optional<Association> findByIdAndSchoolId(AssociationId id, SchoolId school);
}
