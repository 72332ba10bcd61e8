package kg.usulduk.planning.internal;

import java.util.List;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.association.MemberDocumentApproved;
import kg.usulduk.association.MemberDocumentReturned;
import kg.usulduk.association.MemberDocumentSubmitted;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issue 13: every approval step of a member's document (001 §3.4–3.5) tells the next person and the author. A
 * submission tells the association's head, who puts it on a session; a return tells the author why; the approval,
 * final once the session's protocol is signed, tells the author. Each step once, whatever replays its event.
 */
@Component
class MemberDocumentNotices {

	private final Notifier notifier;
	private final AssociationDirectory associations;
	private final StaffDirectory staff;

	MemberDocumentNotices(Notifier notifier, AssociationDirectory associations, StaffDirectory staff) {
		this.notifier = notifier;
		this.associations = associations;
		this.staff = staff;
	}

	@ApplicationModuleListener
	void on(MemberDocumentSubmitted e) {
		AssociationCard association = associations.find(e.school(), e.association()).orElse(null);
		if (association == null || association.head() == null) {
			return;
		}
		notifier.approval(e.school(), Notifier.Notice.DOCUMENT_SUBMITTED, e.document().value() + ":" + e.submission(),
				link(e.document().value()), e.author(), List.of(association.head()), e.title(),
				name(e.school(), e.author()), association.name());
	}

	@ApplicationModuleListener
	void on(MemberDocumentReturned e) {
		notifier.approval(e.school(), Notifier.Notice.DOCUMENT_RETURNED, e.document().value() + ":" + e.submission(),
				link(e.document().value()), e.returnedBy(), List.of(e.author()), e.title(),
				name(e.school(), e.returnedBy()), e.reason());
	}

	@ApplicationModuleListener
	void on(MemberDocumentApproved e) {
		String association = associations.find(e.school(), e.association()).map(AssociationCard::name).orElse("");
		// Approved by the association's session, not by a person: nobody took the step, so the author is told.
		notifier.approval(e.school(), Notifier.Notice.DOCUMENT_APPROVED, e.document().value().toString(),
				link(e.document().value()), null, List.of(e.author()), e.title(), association, e.sessionNumber(),
				e.sessionDate());
	}

	private static String link(java.util.UUID document) {
		return "/associations/documents/" + document;
	}

	private String name(SchoolId school, StaffId person) {
		return staff.find(school, person).map(StaffCard::fullName).orElse("");
	}
}
