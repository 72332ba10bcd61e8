package kg.usulduk.association;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** An activity was scheduled: who gives it ({@code responsible}), when ({@code date} to {@code until}), and the members concerned. For a lesson visit, {@code visited} is the teacher whose lesson is visited. */
@DomainEvent
public record ActivityScheduled(SchoolId school, AssociationId association, String associationName, ActivityId activity, ActivityKind kind, String title, StaffId responsible, StaffId visited, LocalDate date, LocalDate until, LocalTime time, List<StaffId> concerned) {
}
