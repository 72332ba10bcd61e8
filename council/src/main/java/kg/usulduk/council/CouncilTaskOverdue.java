package kg.usulduk.council;

import java.time.LocalDate;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A task the council set passed its due date without being done. */
@DomainEvent
public record CouncilTaskOverdue(SchoolId school, CouncilId council, CouncilTaskId task, String text, StaffId responsible, LocalDate dueOn) {
}
