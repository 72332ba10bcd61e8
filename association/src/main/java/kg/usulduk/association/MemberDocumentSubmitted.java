package kg.usulduk.association;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * A member submitted their document for the association's approval (001 §3.4–3.5): the head puts it on a session
 * next. {@code submission} tells one submission of the document from the next one after a return.
 */
@DomainEvent
public record MemberDocumentSubmitted(SchoolId school, AssociationId association, MemberDocumentId document,
		MemberDocumentKind kind, StaffId author, String title, int submission) {
}
