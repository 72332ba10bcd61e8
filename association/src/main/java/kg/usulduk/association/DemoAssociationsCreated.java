package kg.usulduk.association;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;

import org.jmolecules.event.annotation.DomainEvent;

/** The demo school's associations exist; contexts whose demo needs them (the council's heads) add theirs now. */
@DomainEvent
public record DemoAssociationsCreated(SchoolId school, SchoolYear year) {
}
