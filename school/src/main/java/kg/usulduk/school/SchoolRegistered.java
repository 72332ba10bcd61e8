package kg.usulduk.school;

import org.jmolecules.event.annotation.DomainEvent;

/** A school was registered in this deployment. */
@DomainEvent
public record SchoolRegistered(SchoolId school, String name, DistrictId district) {
}
