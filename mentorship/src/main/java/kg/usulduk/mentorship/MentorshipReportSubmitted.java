package kg.usulduk.mentorship;

import java.time.LocalDate;

import kg.usulduk.association.AssociationId;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** The young teacher's report or the mentor's reference was submitted (plan IV.1 item 1). */
@DomainEvent
public record MentorshipReportSubmitted(SchoolId school, MentorshipId mentorship, AssociationId association, ReportKind kind, StaffId author,
		StaffId youngTeacher, StaffId mentor, LocalDate submittedOn) {
}
