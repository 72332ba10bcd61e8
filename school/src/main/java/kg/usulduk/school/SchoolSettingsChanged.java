package kg.usulduk.school;

import org.jmolecules.event.annotation.DomainEvent;

/** A school changed its settings; contexts that apply them read the new values from here. */
@DomainEvent
public record SchoolSettingsChanged(SchoolId school, SchoolSettings settings) {
}
