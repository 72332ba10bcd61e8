package kg.usulduk.council;

import java.time.LocalDate;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A task the council set is due soon: it reached the school's reminder lead time before its due date. */
@DomainEvent
public record CouncilTaskDue(SchoolId school, CouncilId council, CouncilTaskId task, String text, StaffId responsible, LocalDate dueOn) {
}
