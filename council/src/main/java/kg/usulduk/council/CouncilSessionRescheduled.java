package kg.usulduk.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A council session was moved, for the reason given. */
@DomainEvent
public record CouncilSessionRescheduled(SchoolId school, CouncilId council, CouncilSessionId session, LocalDate previousDate, LocalDate date, LocalTime time, String place, String reason, List<StaffId> invited) {
}
