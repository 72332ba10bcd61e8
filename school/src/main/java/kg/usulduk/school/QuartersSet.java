package kg.usulduk.school;

import java.util.List;

import org.jmolecules.event.annotation.DomainEvent;

/** A school set the dates of a school year's quarters. */
@DomainEvent
public record QuartersSet(SchoolId school, SchoolYear year, List<Quarter> quarters) {
}
