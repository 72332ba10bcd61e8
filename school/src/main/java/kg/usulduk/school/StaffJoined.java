package kg.usulduk.school;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/** A person joined the school's staff. */
@DomainEvent
public record StaffJoined(SchoolId school, StaffId staff, String fullName, String email, Language language, LocalDate teachingSince) {
}
