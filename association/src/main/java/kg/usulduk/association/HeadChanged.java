package kg.usulduk.association;

import java.time.LocalDate;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** An association has a new head (001 §5.1, §6.2; 004). {@code previousHead} is null for the first head. */
@DomainEvent
public record HeadChanged(SchoolId school, AssociationId association, String associationName, StaffId head, StaffId previousHead, HeadChoice choice, LocalDate since) {
}
