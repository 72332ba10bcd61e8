package kg.usulduk.association.internal.documents;

import java.util.List;
import java.util.Optional;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.MemberDocumentId;
import kg.usulduk.association.SessionId;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface MemberDocuments extends ListCrudRepository<MemberDocument, MemberDocumentId>,
		MemberDocumentsLoadedWhole {

	/** Loaded whole in one statement ({@link MemberDocumentsLoadedWhole}); declared again, or calls would be ambiguous. */
	@Override
	Optional<MemberDocument> findById(MemberDocumentId id);

	boolean existsBySchoolId(SchoolId school);

	/** The documents put on a session that wait for its protocol's signature. */
	@Query("SELECT * FROM association.member_documents WHERE session = :session AND stage = 'SUBMITTED'")
	List<MemberDocument> findSubmittedOnSession(SessionId session);


	/** 001 §3.4: the first version of a teacher's plan of a year in an association, if there is one. */
	@Query("""
			SELECT * FROM association.member_documents WHERE association_id = :association AND author = :author
			AND school_year = :year AND kind = 'INDIVIDUAL_WORK_PLAN' AND edition = 1""")
	Optional<MemberDocument> findFirstPlan(AssociationId association, StaffId author, int year);

	/** The version that corrects this one, if one was started. */
	@Query("SELECT * FROM association.member_documents WHERE supersedes = :document")
	Optional<MemberDocument> findCorrectionOf(MemberDocumentId document);
}
