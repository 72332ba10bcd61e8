package kg.usulduk.association;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A session of an association was scheduled (001 §5.5); {@code invited} are the members expected to attend. */
@DomainEvent
public record SessionScheduled(SchoolId school, AssociationId association, String associationName, SessionId session, LocalDate date, LocalTime time, String place, List<String> agenda, List<StaffId> invited) {
}
