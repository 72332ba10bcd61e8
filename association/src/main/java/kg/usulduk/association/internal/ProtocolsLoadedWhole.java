package kg.usulduk.association.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.association.ProtocolId;
import kg.usulduk.association.SessionId;
import kg.usulduk.school.SchoolId;

/** {@link Protocols}' finders, each protocol with its entries and signatures in one statement. */
public interface ProtocolsLoadedWhole {

	Optional<Protocol> findById(ProtocolId id);

	Optional<Protocol> findByIdAndSchoolId(ProtocolId id, SchoolId school);

	/** A session's protocols: the first and its corrections, in no particular order. */
	List<Protocol> findBySessionId(SessionId session);
}
