package kg.usulduk.planning.internal;

import java.util.List;

import kg.usulduk.mentorship.MeetingKind;
import kg.usulduk.mentorship.MentorshipMeetingLogged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issue 14: a meeting of a mentor and a young teacher (plan IV.1.B, IV.2) in both people's calendars and feeds, linking
 * to their mentorship's page; they are told of it and reminded as of any entry ({@link SchoolCalendar}). A meeting
 * logged after the day is kept as it was held and tells nobody. Idempotent: one entry per meeting.
 */
@Component
class MentorshipInCalendar {

	private final SchoolCalendar calendar;

	MentorshipInCalendar(SchoolCalendar calendar) {
		this.calendar = calendar;
	}

	/** The entry's kind, a message key suffix of {@code planning.kind.}: {@code MENTORSHIP_CONSULTATION}... */
	static String kind(MeetingKind kind) {
		return "MENTORSHIP_" + kind.name();
	}

	@ApplicationModuleListener
	void on(MentorshipMeetingLogged e) {
		calendar.schedule(() -> new CalendarEntry.Scheduled(e.school(), EntrySource.MENTORSHIP_MEETING, e.meeting(),
				kind(e.kind()), e.topic(), null, null, e.date(), e.date(), e.time(), null,
				List.of(e.mentor(), e.youngTeacher()), e.mentorship().value()));
	}
}
