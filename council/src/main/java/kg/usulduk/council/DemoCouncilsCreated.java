package kg.usulduk.council;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * The demo school's councils were created, the pedagogical council's resolutions of {@code year} among them, so that
 * the contexts after the council can refer to them in their part of the demo.
 */
@DomainEvent
public record DemoCouncilsCreated(SchoolId school, SchoolYear year) {
}
