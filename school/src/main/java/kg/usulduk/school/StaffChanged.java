package kg.usulduk.school;

import java.time.LocalDate;

import org.jmolecules.event.annotation.DomainEvent;

/** A staff member's record changed: name, position, subjects, education, category, contact or language. */
@DomainEvent
public record StaffChanged(SchoolId school, StaffId staff, String fullName, String email, Language language, LocalDate teachingSince) {
}
