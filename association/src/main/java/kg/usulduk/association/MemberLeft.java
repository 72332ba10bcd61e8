package kg.usulduk.association;

import java.time.LocalDate;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A staff member left an association. */
@DomainEvent
public record MemberLeft(SchoolId school, AssociationId association, String associationName, StaffId member, LocalDate on) {
}
