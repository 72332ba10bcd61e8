package kg.usulduk.association.internal.documents;

import java.util.Map;
import java.util.Optional;

import kg.usulduk.association.MemberDocumentId;
import kg.usulduk.association.internal.WholeAggregates;
import kg.usulduk.school.SchoolId;

class MemberDocumentsLoadedWholeImpl implements MemberDocumentsLoadedWhole {

	private final WholeAggregates whole;

	MemberDocumentsLoadedWholeImpl(WholeAggregates whole) {
		this.whole = whole;
	}

	@Override
	public Optional<MemberDocument> findById(MemberDocumentId id) {
		return whole.find(MemberDocument.class, "r.id = :id", null, Map.of("id", id.value())).stream().findFirst();
	}

	@Override
	public Optional<MemberDocument> findByIdAndSchoolId(MemberDocumentId id, SchoolId school) {
		return whole.find(MemberDocument.class, "r.id = :id AND r.school_id = :school", null,
				Map.of("id", id.value(), "school", school.value())).stream().findFirst();
	}
}
