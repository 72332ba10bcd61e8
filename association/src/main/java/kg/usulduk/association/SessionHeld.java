package kg.usulduk.association;

import java.time.LocalDate;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A session took place; {@code present} are the members who attended. */
@DomainEvent
public record SessionHeld(SchoolId school, AssociationId association, String associationName, SessionId session, LocalDate date, List<StaffId> present) {
}
