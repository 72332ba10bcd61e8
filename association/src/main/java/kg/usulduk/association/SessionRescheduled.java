package kg.usulduk.association;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A scheduled session was moved, or its place changed, for the reason given. */
@DomainEvent
public record SessionRescheduled(SchoolId school, AssociationId association, String associationName, SessionId session, LocalDate previousDate, LocalDate date, LocalTime time, String place, String reason, List<StaffId> invited) {
}
