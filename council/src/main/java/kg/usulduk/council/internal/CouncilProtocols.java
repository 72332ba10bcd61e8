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

	@org.springframework.data.jdbc.repository.query.Query(
			"SELECT DISTINCT session_id FROM council.protocols WHERE council_id = :council AND status = 'SIGNED'")
	List<java.util.UUID> signedSessionsOf(java.util.UUID council);

	/** 003 §5.1: the council's sessions whose signed protocol approved the plan of sessions. */
	@org.springframework.data.jdbc.repository.query.Query("""
			SELECT DISTINCT p.session_id FROM council.protocols p JOIN council.protocol_entries e ON e.protocol_id = p.id
			WHERE p.council_id = :council AND p.status = 'SIGNED' AND e.kind = 'APPROVE_SESSION_PLAN'""")
	List<java.util.UUID> sessionsApprovingTheSessionPlan(java.util.UUID council);

	/** Signed protocols that have not yet frozen what they show (signed before the kernel kept it). */
	@org.springframework.data.jdbc.repository.query.Query(
			"SELECT * FROM council.protocols WHERE status = 'SIGNED' AND frozen IS NULL LIMIT 500")
	List<CouncilProtocol> findSignedWithoutFrozenPaper();
}
