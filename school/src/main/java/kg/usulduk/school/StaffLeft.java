package kg.usulduk.school;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/** A staff member left the school; their history stays, their account can no longer sign in. */
@DomainEvent
public record StaffLeft(SchoolId school, StaffId staff, LocalDate leftOn) {
}
