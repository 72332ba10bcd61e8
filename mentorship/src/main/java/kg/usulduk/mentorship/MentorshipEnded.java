package kg.usulduk.mentorship;

import java.time.LocalDate;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** The mentorship ended before its term: by a new order, or because one of the pair left the school. */
@DomainEvent
public record MentorshipEnded(SchoolId school, MentorshipId mentorship, StaffId youngTeacher, StaffId mentor, String reason, LocalDate endedOn,
		StaffId controlledBy) {
}
