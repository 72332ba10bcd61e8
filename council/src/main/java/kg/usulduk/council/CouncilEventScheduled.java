package kg.usulduk.council;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * The council scheduled one of its events (000 §2.3) from {@code startsOn} to {@code endsOn} (the same day for a
 * one-day event); {@code time} may be null. {@code invited}: the people it concerns, the responsible person among
 * them.
 */
@DomainEvent
public record CouncilEventScheduled(SchoolId school, CouncilId council, CouncilEventId event, CouncilEventKind kind, String title, String theme, LocalDate startsOn, LocalDate endsOn, LocalTime time, String place, StaffId responsible, List<StaffId> invited) {
}
