package kg.usulduk.council;

import java.time.LocalDate;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A council event took place from {@code startsOn} to {@code endsOn}, with its outcome and how many took part. */
@DomainEvent
public record CouncilEventHeld(SchoolId school, CouncilId council, CouncilEventId event, CouncilEventKind kind, String title, LocalDate startsOn, LocalDate endsOn, String outcome, int participants, StaffId responsible) {
}
