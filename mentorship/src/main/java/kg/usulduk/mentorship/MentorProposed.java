package kg.usulduk.mentorship;

import java.time.LocalDate;

import kg.usulduk.association.AssociationId;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** The head of the young teacher's association proposed a mentor (plan IV.1.A); the mentor answers next. */
@DomainEvent
public record MentorProposed(SchoolId school, MentorshipId mentorship, AssociationId association, StaffId youngTeacher, StaffId mentor,
		StaffId proposedBy, LocalDate proposedOn) {
}
