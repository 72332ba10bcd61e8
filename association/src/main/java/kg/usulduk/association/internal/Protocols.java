package kg.usulduk.association.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.association.ProtocolId;
import kg.usulduk.association.SessionId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

public interface Protocols extends ListCrudRepository<Protocol, ProtocolId> {

	Optional<Protocol> findByIdAndSchoolId(ProtocolId id, SchoolId school);

	/** A session's protocols: the first, then its corrections. */
	List<Protocol> findBySessionId(SessionId session);
}
