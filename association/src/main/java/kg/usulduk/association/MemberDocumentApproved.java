package kg.usulduk.association;

import java.time.LocalDate;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * The association approved a member's document at a session whose protocol is now signed (001 §3.4–3.5).
 * {@code supersedes} names the earlier approved version this one replaces, or is null.
 */
@DomainEvent
public record MemberDocumentApproved(SchoolId school, AssociationId association, MemberDocumentId document,
		MemberDocumentKind kind, StaffId author, int schoolYear, String title, SessionId session, int sessionNumber,
		LocalDate sessionDate, LocalDate approvedOn, MemberDocumentId supersedes) {
}
