package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.SessionId;
import kg.usulduk.school.SchoolId;

class SessionsLoadedWholeImpl implements SessionsLoadedWhole {

	private final WholeAggregates whole;

	SessionsLoadedWholeImpl(WholeAggregates whole) {
		this.whole = whole;
	}

	@Override
	public Optional<Session> findById(SessionId id) {
		return whole.find(Session.class, "r.id = :id", null, Map.of("id", id.value())).stream().findFirst();
	}

	@Override
	public Optional<Session> findByIdAndSchoolId(SessionId id, SchoolId school) {
		return whole.find(Session.class, "r.id = :id AND r.school_id = :school", null,
				Map.of("id", id.value(), "school", school.value())).stream().findFirst();
	}

	@Override
	public List<Session> findByAssociationIdAndDateBetweenOrderByDateAscTimeAsc(AssociationId association,
			LocalDate from, LocalDate to) {
		return whole.find(Session.class, "r.association_id = :association AND r.date BETWEEN :from AND :to",
				"r.date, r.time", Map.of("association", association.value(), "from", from, "to", to));
	}
}
