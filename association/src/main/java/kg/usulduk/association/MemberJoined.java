package kg.usulduk.association;

import java.time.LocalDate;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A staff member joined an association. */
@DomainEvent
public record MemberJoined(SchoolId school, AssociationId association, String associationName, StaffId member, LocalDate on) {
}
