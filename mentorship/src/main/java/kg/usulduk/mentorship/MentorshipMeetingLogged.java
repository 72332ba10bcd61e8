package kg.usulduk.mentorship;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A meeting of the pair was logged, with its hours (plan IV.1.B); planning puts it in both calendars. */
@DomainEvent
public record MentorshipMeetingLogged(SchoolId school, MentorshipId mentorship, UUID meeting, MeetingKind kind, String topic, LocalDate date,
		LocalTime time, int minutes, StaffId youngTeacher, StaffId mentor) {
}
