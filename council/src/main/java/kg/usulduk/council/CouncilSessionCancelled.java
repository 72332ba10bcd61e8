package kg.usulduk.council;

import java.time.LocalDate;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A council session was cancelled, for the reason given. */
@DomainEvent
public record CouncilSessionCancelled(SchoolId school, CouncilId council, CouncilSessionId session, LocalDate date, String reason, List<StaffId> invited) {
}
