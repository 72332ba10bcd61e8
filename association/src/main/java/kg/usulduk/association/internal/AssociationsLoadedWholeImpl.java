package kg.usulduk.association.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import kg.usulduk.association.AssociationId;
import kg.usulduk.school.SchoolId;

class AssociationsLoadedWholeImpl implements AssociationsLoadedWhole {

	private final WholeAggregates whole;

	AssociationsLoadedWholeImpl(WholeAggregates whole) {
		this.whole = whole;
	}

	@Override
	public Optional<Association> findById(AssociationId id) {
		return whole.find(Association.class, "r.id = :id", null, Map.of("id", id.value())).stream().findFirst();
	}

	@Override
	public Optional<Association> findByIdAndSchoolId(AssociationId id, SchoolId school) {
		return whole.find(Association.class, "r.id = :id AND r.school_id = :school", null,
				Map.of("id", id.value(), "school", school.value())).stream().findFirst();
	}

	@Override
	public List<Association> findBySchoolIdOrderByName(SchoolId school) {
		return whole.find(Association.class, "r.school_id = :school", "r.name", Map.of("school", school.value()));
	}
}
