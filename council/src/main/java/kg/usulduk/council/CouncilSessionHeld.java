package kg.usulduk.council;

import java.time.LocalDate;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A council session took place with these members present. */
@DomainEvent
public record CouncilSessionHeld(SchoolId school, CouncilId council, CouncilSessionId session, LocalDate date, List<StaffId> present) {
}
