package kg.usulduk.association;

import java.time.LocalDate;

import kg.usulduk.school.SchoolId;

import org.jmolecules.event.annotation.DomainEvent;

/** An association was opened by the director's order (001 §6.1). */
@DomainEvent
public record AssociationOpened(SchoolId school, AssociationId association, String name, AssociationKind kind, LocalDate openedOn) {
}
