package kg.usulduk.association.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.association.ProtocolId;
import kg.usulduk.association.SessionId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

public interface Protocols extends ListCrudRepository<Protocol, ProtocolId> {

	Optional<Protocol> findByIdAndSchoolId(ProtocolId id, SchoolId school);

	/** Signed protocols that have not yet frozen what they show (signed before the kernel kept it). */
	@org.springframework.data.jdbc.repository.query.Query(
			"SELECT * FROM association.protocols WHERE status = 'SIGNED' AND frozen IS NULL LIMIT 500")
	List<Protocol> findSignedWithoutFrozenPaper();

	/** A session's protocols: the first, then its corrections. */
	List<Protocol> findBySessionId(SessionId session);
}
