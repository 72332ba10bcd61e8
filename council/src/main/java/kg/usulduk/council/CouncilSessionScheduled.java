package kg.usulduk.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A council session was scheduled; {@code invited} are the council's members. */
@DomainEvent
public record CouncilSessionScheduled(SchoolId school, CouncilId council, CouncilSessionId session, LocalDate date, LocalTime time, String place, List<String> agenda, List<StaffId> invited) {
}
