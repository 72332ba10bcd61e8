package kg.usulduk.association;

import java.time.LocalDate;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** An association was closed; its records stay. {@code members} are those it had when it closed. */
@DomainEvent
public record AssociationClosed(SchoolId school, AssociationId association, String name, LocalDate closedOn, List<StaffId> members) {
}
