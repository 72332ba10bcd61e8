package kg.usulduk.association;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * The head returned a submitted document to its author, saying why; the author corrects it and submits it again.
 * {@code submission} is the submission returned.
 */
@DomainEvent
public record MemberDocumentReturned(SchoolId school, AssociationId association, MemberDocumentId document,
		MemberDocumentKind kind, StaffId author, String title, StaffId returnedBy, String reason, int submission) {
}
