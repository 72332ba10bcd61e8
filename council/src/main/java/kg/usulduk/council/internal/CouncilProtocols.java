package kg.usulduk.council.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.council.CouncilProtocolId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

public interface CouncilProtocols extends ListCrudRepository<CouncilProtocol, CouncilProtocolId> {

	Optional<CouncilProtocol> findByIdAndSchoolId(CouncilProtocolId id, SchoolId school);

	List<CouncilProtocol> findBySessionId(CouncilSessionId session);

	/** The session's protocols with their entries and signatures in one statement, for the pages ({@link WholeProtocol}). */
	@org.springframework.data.jdbc.repository.query.Query(value = WholeProtocol.SELECT + " WHERE p.session_id = :session",
			rowMapperClass = WholeProtocol.class)
	List<CouncilProtocol> findWholeOfSession(java.util.UUID session);

	/** The protocols of the session that this protocol records, in one statement ({@link WholeProtocol}). */
	@org.springframework.data.jdbc.repository.query.Query(value = WholeProtocol.SELECT
			+ " WHERE p.session_id = (SELECT o.session_id FROM council.protocols o WHERE o.id = :protocol)",
			rowMapperClass = WholeProtocol.class)
	List<CouncilProtocol> findWholeBeside(java.util.UUID protocol);

	/** Signed protocols that have not yet frozen what they show (signed before the kernel kept it). */
	@org.springframework.data.jdbc.repository.query.Query(
			"SELECT * FROM council.protocols WHERE status = 'SIGNED' AND frozen IS NULL LIMIT 500")
	List<CouncilProtocol> findSignedWithoutFrozenPaper();
}
