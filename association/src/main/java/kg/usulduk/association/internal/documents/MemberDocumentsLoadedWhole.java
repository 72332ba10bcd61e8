package kg.usulduk.association.internal.documents;

import java.util.Optional;

import kg.usulduk.association.MemberDocumentId;
import kg.usulduk.school.SchoolId;

/** {@link MemberDocuments}' finders by id, each document with its plan items in one statement. */
public interface MemberDocumentsLoadedWhole {

	Optional<MemberDocument> findById(MemberDocumentId id);

	Optional<MemberDocument> findByIdAndSchoolId(MemberDocumentId id, SchoolId school);
}
