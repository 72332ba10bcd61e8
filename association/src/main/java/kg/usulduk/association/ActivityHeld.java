package kg.usulduk.association;

import java.time.LocalDate;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** An activity took place, with its outcome. */
@DomainEvent
public record ActivityHeld(SchoolId school, AssociationId association, ActivityId activity, ActivityKind kind, String title, StaffId responsible, LocalDate date, String outcome) {
}
