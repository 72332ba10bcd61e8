package kg.usulduk.association.internal;

import java.util.Optional;

import kg.usulduk.association.AssociationId;

import org.springframework.data.repository.ListCrudRepository;

/** The associations of all schools; ask by school, never across schools. */
public interface Associations
		extends ListCrudRepository<Association, AssociationId>, AssociationsLoadedWhole {

	/** Loaded whole in one statement ({@link AssociationsLoadedWhole}); declared again, or calls would be ambiguous. */
	@Override
	Optional<Association> findById(AssociationId id);
}
