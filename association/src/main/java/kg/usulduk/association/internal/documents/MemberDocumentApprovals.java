package kg.usulduk.association.internal.documents;

import java.util.List;

import kg.usulduk.association.ProtocolSigned;
import kg.usulduk.association.SessionCancelled;
import kg.usulduk.association.internal.Protocol;
import kg.usulduk.association.internal.Protocols;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.association.internal.Sessions;
import kg.usulduk.school.papers.PaperFreezer;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 001 §3.4–3.5: the association approves a member's document at a session, and a session's decisions stand once its
 * protocol is signed (001 §5.5). So the documents put on a session are approved when its protocol is signed, with
 * the session's number and day, and the version each corrects is superseded. A cancelled session lets its documents
 * wait for another. Idempotent: only documents still waiting are touched.
 */
@Component
class MemberDocumentApprovals {

	private final MemberDocuments documents;
	private final Sessions sessions;
	private final Protocols protocols;
	private final SessionManagement sessionManagement;
	private final PaperFreezer freezer;

	MemberDocumentApprovals(MemberDocuments documents, Sessions sessions, Protocols protocols,
			SessionManagement sessionManagement, PaperFreezer freezer) {
		this.documents = documents;
		this.sessions = sessions;
		this.protocols = protocols;
		this.sessionManagement = sessionManagement;
		this.freezer = freezer;
	}


	@ApplicationModuleListener
	void on(SessionCancelled event) {
		for (MemberDocument document : documents.findSubmittedOnSession(event.session())) {
			document.sessionCancelled(event.session());
			documents.save(document);
		}
	}

	@ApplicationModuleListener
	void on(ProtocolSigned event) {
		List<MemberDocument> waiting = documents.findSubmittedOnSession(event.session());
		if (waiting.isEmpty()) {
			return;
		}
		Session session = sessions.findById(event.session()).orElseThrow();
		Protocol protocol = protocols.findById(event.protocol()).orElseThrow();
		int number = sessionManagement.numberInYear(session);
		for (MemberDocument document : waiting) {
			document.approve(session.getId(), number, session.date(), event.signedOn(),
					freezer.freeze(document.schoolId(), session.associationName(), List.of(), List.of(),
							List.of(document.author()), protocol.signaturesToFreeze(), protocol.finalAt()));
			documents.save(document);
			if (document.approval().supersedes() != null) {
				documents.findById(document.approval().supersedes()).filter(earlier -> earlier.approval().isApproved())
						.ifPresent(earlier -> {
							earlier.supersede();
							documents.save(earlier);
						});
			}
		}
	}
}
