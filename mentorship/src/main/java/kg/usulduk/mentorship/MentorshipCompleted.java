package kg.usulduk.mentorship;

import java.time.LocalDate;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** The term ended with both reports heard: the mentorship is completed with its result. */
@DomainEvent
public record MentorshipCompleted(SchoolId school, MentorshipId mentorship, StaffId youngTeacher, StaffId mentor, String result,
		LocalDate completedOn) {
}
