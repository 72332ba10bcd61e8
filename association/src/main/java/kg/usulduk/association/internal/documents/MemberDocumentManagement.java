package kg.usulduk.association.internal.documents;

import java.util.List;
import java.util.Optional;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.MemberDocumentId;
import kg.usulduk.association.SessionId;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationAccess;
import kg.usulduk.association.internal.Associations;
import kg.usulduk.association.internal.Protocol;
import kg.usulduk.association.internal.Protocols;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.Sessions;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.Versions;
import kg.usulduk.school.SchoolTime;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' documents approved by the association (001 §3.4–3.5). The author writes, submits and corrects; the head
 * (or the management, who may act as the head) puts a submitted document on a session or returns it; the members,
 * the deputies and the director read.
 */
@Service
@Transactional
public class MemberDocumentManagement {

	private final MemberDocuments documents;
	private final Associations associations;
	private final Sessions sessions;
	private final Protocols protocols;
	private final AssociationAccess access;
	private final SchoolTime schoolTime;

	MemberDocumentManagement(MemberDocuments documents, Associations associations, Sessions sessions,
			Protocols protocols, AssociationAccess access, SchoolTime schoolTime) {
		this.documents = documents;
		this.associations = associations;
		this.sessions = sessions;
		this.protocols = protocols;
		this.access = access;
		this.schoolTime = schoolTime;
	}

	/** 001 §3.4: a teacher drafts their individual work plan of a school year, one a year in an association. */
	public MemberDocument draftPlan(SchoolUser actor, AssociationId id, SchoolYear year, String title,
			List<PlanItem> items) {
		Association association = ownAssociation(actor, id);
		if (documents.findFirstPlan(id, actor.staffId(), year.startYear()).isPresent()) {
			throw RuleViolation.of("association.document.planExists");
		}
		return documents.save(MemberDocument.draftPlan(association, actor.staffId(), checkedYear(year, association), title, items));
	}

	/** 001 §3.5: a teacher drafts attestation materials for an exam. */
	public MemberDocument draftExamMaterials(SchoolUser actor, AssociationId id, SchoolYear year, String title,
			ExamMaterials exam) {
		Association association = ownAssociation(actor, id);
		return documents.save(MemberDocument.draftExamMaterials(association, actor.staffId(), checkedYear(year, association), title,
				exam));
	}

	public MemberDocument writePlan(SchoolUser actor, MemberDocumentId id, Integer shownVersion, String title,
			List<PlanItem> items) {
		MemberDocument document = own(actor, id, shownVersion);
		requireAuthor(actor, document);
		document.writePlan(actor.staffId(), title, items);
		return documents.save(document);
	}

	public MemberDocument writeExamMaterials(SchoolUser actor, MemberDocumentId id, Integer shownVersion, String title,
			ExamMaterials exam) {
		MemberDocument document = own(actor, id, shownVersion);
		requireAuthor(actor, document);
		document.writeExamMaterials(actor.staffId(), title, exam);
		return documents.save(document);
	}

	public MemberDocument submit(SchoolUser actor, MemberDocumentId id, Integer shownVersion) {
		MemberDocument document = own(actor, id, shownVersion);
		requireAuthor(actor, document);
		document.submit(actor.staffId());
		return documents.save(document);
	}

	/** The head puts a submitted document on one of the association's sessions, which will approve it. */
	public MemberDocument putOnSession(SchoolUser actor, MemberDocumentId id, Integer shownVersion, SessionId sessionId) {
		MemberDocument document = own(actor, id, shownVersion);
		access.requireLeader(actor, associationOf(document));
		if (sessionId == null) {
			throw RuleViolation.onField("session", "validation.required");
		}
		Session session = sessions.findByIdAndSchoolId(sessionId, actor.schoolId())
				.orElseThrow(() -> RuleViolation.onField("session", "association.document.sessionOfAnotherAssociation"));
		boolean signed = protocols.findBySessionId(sessionId).stream().anyMatch(Protocol::isSigned);
		document.putOnSession(session, signed);
		return documents.save(document);
	}

	public MemberDocument returnToAuthor(SchoolUser actor, MemberDocumentId id, Integer shownVersion, String reason) {
		MemberDocument document = own(actor, id, shownVersion);
		access.requireLeader(actor, associationOf(document));
		document.returnToAuthor(actor.staffId(), reason);
		return documents.save(document);
	}

	/** The author corrects an approved document by a new version; one correction at a time. */
	public MemberDocument newVersion(SchoolUser actor, MemberDocumentId id) {
		MemberDocument document = own(actor, id, null);
		if (documents.findCorrectionOf(id).isPresent()) {
			throw RuleViolation.of("association.document.alreadyCorrected");
		}
		requireAuthor(actor, document);
		return documents.save(document.newVersion(actor.staffId()));
	}

	/** The document, if the person may read it; another school's is not found. */
	@Transactional(readOnly = true)
	public MemberDocument find(SchoolUser actor, MemberDocumentId id) {
		MemberDocument document = documents.findById(id).orElseThrow(() -> new NotFound("document", id));
		try {
			access.readableSchool(actor, document.schoolId());
		}
		catch (NotFound e) {
			throw new NotFound("document", id);
		}
		if (!mayRead(actor, document.author(), associationOf(document))) {
			throw new AccessDeniedException("A member's document is read by its association, the deputies and the director");
		}
		return document;
	}

	/** The version that corrects this one, if one was started. */
	@Transactional(readOnly = true)
	public Optional<MemberDocument> correctionOf(MemberDocumentId id) {
		return documents.findCorrectionOf(id);
	}

	/**
	 * Who reads a member's document: its author, the association's members and management (its papers), every
	 * deputy and the director of the school, and the district's observer.
	 */
	public boolean mayRead(SchoolUser actor, kg.usulduk.school.StaffId author, Association association) {
		if (actor.schoolId().equals(association.schoolId())
				&& (actor.staffId().equals(author) || actor.hasRole(Role.DEPUTY) || actor.hasRole(Role.DIRECTOR))) {
			return true;
		}
		return access.mayReadPapers(actor, association);
	}

	/** Whether the person reads every document of the association (not only their own). */
	public boolean readsAssociation(SchoolUser actor, Association association) {
		return mayRead(actor, null, association);
	}

	private static void requireAuthor(SchoolUser actor, MemberDocument document) {
		if (!actor.staffId().equals(document.author())) {
			throw new AccessDeniedException("Only the author writes, submits and corrects their document");
		}
	}

	private SchoolYear checkedYear(SchoolYear year, Association association) {
		SchoolYear now = schoolTime.schoolYear(association.schoolId());
		// A plan or exam materials are written for the running school year or the next one, not for years past.
		if (year == null || year.startYear() < now.startYear() || year.startYear() > now.next().startYear()) {
			throw RuleViolation.onField("schoolYear", "association.document.yearOutOfRange");
		}
		return year;
	}

	private Association ownAssociation(SchoolUser actor, AssociationId id) {
		return associations.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("association", id));
	}

	private Association associationOf(MemberDocument document) {
		return associations.findById(document.associationId()).orElseThrow();
	}

	private MemberDocument own(SchoolUser actor, MemberDocumentId id, Integer shownVersion) {
		MemberDocument document = documents.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("document", id));
		Versions.expect(shownVersion, document.version(), id);
		return document;
	}
}
