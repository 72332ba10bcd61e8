package kg.usulduk.association.internal;

import java.util.Optional;

import java.util.List;

import kg.usulduk.association.ProtocolId;

import org.springframework.data.repository.ListCrudRepository;

public interface Protocols extends ListCrudRepository<Protocol, ProtocolId>, ProtocolsLoadedWhole {

	/** Loaded whole in one statement ({@link ProtocolsLoadedWhole}); declared again, or calls would be ambiguous. */
	@Override
	Optional<Protocol> findById(ProtocolId id);

	/** Signed protocols that have not yet frozen what they show (signed before the kernel kept it). */
	@org.springframework.data.jdbc.repository.query.Query(
			"SELECT * FROM association.protocols WHERE status = 'SIGNED' AND frozen IS NULL LIMIT 500")
	List<Protocol> findSignedWithoutFrozenPaper();
}
