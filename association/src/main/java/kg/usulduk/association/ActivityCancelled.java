package kg.usulduk.association;

import java.time.LocalDate;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A scheduled activity was cancelled, for the reason given. */
@DomainEvent
public record ActivityCancelled(SchoolId school, AssociationId association, ActivityId activity, ActivityKind kind, String title, StaffId responsible, LocalDate date, String reason, List<StaffId> concerned) {
}
