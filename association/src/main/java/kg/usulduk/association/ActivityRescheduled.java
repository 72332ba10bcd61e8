package kg.usulduk.association;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A scheduled activity was moved, for the reason given. */
@DomainEvent
public record ActivityRescheduled(SchoolId school, AssociationId association, ActivityId activity, ActivityKind kind, String title, StaffId responsible, LocalDate previousDate, LocalDate date, LocalDate until, LocalTime time, String reason, List<StaffId> concerned) {
}
