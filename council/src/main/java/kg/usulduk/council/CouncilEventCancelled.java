package kg.usulduk.council;

import java.time.LocalDate;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A council event that was to start on {@code startsOn} was cancelled, for the reason given. */
@DomainEvent
public record CouncilEventCancelled(SchoolId school, CouncilId council, CouncilEventId event, CouncilEventKind kind, String title, LocalDate startsOn, LocalDate endsOn, String reason, StaffId responsible, List<StaffId> invited) {
}
