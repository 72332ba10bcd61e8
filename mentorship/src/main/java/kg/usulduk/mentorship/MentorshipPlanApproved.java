package kg.usulduk.mentorship;

import java.time.LocalDate;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** The head approved the mentor's or the young teacher's plan (plan IV.1.B). */
@DomainEvent
public record MentorshipPlanApproved(SchoolId school, MentorshipId mentorship, PlanOwner plan, StaffId youngTeacher, StaffId mentor,
		StaffId approvedBy, LocalDate approvedOn) {
}
