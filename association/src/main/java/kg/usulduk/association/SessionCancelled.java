package kg.usulduk.association;

import java.time.LocalDate;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A scheduled session was cancelled, for the reason given. */
@DomainEvent
public record SessionCancelled(SchoolId school, AssociationId association, String associationName, SessionId session, LocalDate date, String reason, List<StaffId> invited) {
}
