package kg.usulduk.school;

import org.jmolecules.event.annotation.DomainEvent;

/** The demo school was created with its staff; each context adds its part of the demo on this event. */
@DomainEvent
public record DemoSchoolCreated(SchoolId school, SchoolYear year) {
}
