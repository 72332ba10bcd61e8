package kg.usulduk.mentorship;

import java.time.LocalDate;

import kg.usulduk.association.AssociationId;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** The director's order assigned the mentor to the young teacher for the term (plan IV.1.A). */
@DomainEvent
public record MentorAssigned(SchoolId school, MentorshipId mentorship, AssociationId association, StaffId youngTeacher, StaffId mentor,
		MentorOrderId order, String orderNumber, LocalDate orderDate, LocalDate termStart, LocalDate termEnd,
		StaffId controlledBy) {
}
