package kg.usulduk.association.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import kg.usulduk.association.ProtocolId;
import kg.usulduk.association.SessionId;
import kg.usulduk.school.SchoolId;

class ProtocolsLoadedWholeImpl implements ProtocolsLoadedWhole {

	private final WholeAggregates whole;

	ProtocolsLoadedWholeImpl(WholeAggregates whole) {
		this.whole = whole;
	}

	@Override
	public Optional<Protocol> findById(ProtocolId id) {
		return whole.find(Protocol.class, "r.id = :id", null, Map.of("id", id.value())).stream().findFirst();
	}

	@Override
	public Optional<Protocol> findByIdAndSchoolId(ProtocolId id, SchoolId school) {
		return whole.find(Protocol.class, "r.id = :id AND r.school_id = :school", null,
				Map.of("id", id.value(), "school", school.value())).stream().findFirst();
	}

	@Override
	public List<Protocol> findBySessionId(SessionId session) {
		return whole.find(Protocol.class, "r.session_id = :session", null, Map.of("session", session.value()));
	}
}
