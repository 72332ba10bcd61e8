package kg.usulduk.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A council event was moved from the day it started on ({@code previousStartsOn}), for the reason given. */
@DomainEvent
public record CouncilEventRescheduled(SchoolId school, CouncilId council, CouncilEventId event, CouncilEventKind kind, String title, LocalDate previousStartsOn, LocalDate startsOn, LocalDate endsOn, LocalTime time, String place, String reason, StaffId responsible, List<StaffId> invited) {
}
