package kg.usulduk.planning.internal;

import java.util.List;

import kg.usulduk.mentorship.MeetingKind;
import kg.usulduk.mentorship.MentorshipEnded;
import kg.usulduk.school.SchoolTime;
import kg.usulduk.mentorship.MentorshipMeetingLogged;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issue 14: a meeting of a mentor and a young teacher (plan IV.1.B, IV.2) in both people's calendars and feeds, linking
 * to their mentorship's page; they are told of it and reminded as of any entry ({@link SchoolCalendar}). A meeting
 * of a day gone by is kept as held and tells nobody; the meetings after an early end are cancelled. Idempotent: one entry per
 * meeting.
 */
@Component
class MentorshipInCalendar {

	private final SchoolCalendar calendar;
	private final CalendarEntries entries;
	private final SchoolTime schoolTime;

	MentorshipInCalendar(SchoolCalendar calendar, CalendarEntries entries, SchoolTime schoolTime) {
		this.calendar = calendar;
		this.entries = entries;
		this.schoolTime = schoolTime;
	}

	/** The entry's kind, a message key suffix of {@code planning.kind.}: {@code MENTORSHIP_CONSULTATION}... */
	static String kind(MeetingKind kind) {
		return "MENTORSHIP_" + kind.name();
	}

	@ApplicationModuleListener
	void on(MentorshipMeetingLogged e) {
		java.util.function.Supplier<CalendarEntry.Scheduled> entry = () -> new CalendarEntry.Scheduled(e.school(),
				EntrySource.MENTORSHIP_MEETING, e.meeting(), kind(e.kind()), e.topic(), null, null, e.date(), e.date(),
				e.time(), null, List.of(e.mentor(), e.youngTeacher()), e.mentorship().value());
		// A log mostly records what took place: a meeting of a day gone by is kept as held and announces nothing.
		if (e.date().isBefore(schoolTime.today(e.school()))) {
			calendar.held(e.date(), entry);
		}
		else {
			calendar.schedule(entry);
		}
	}

	/** A pair ended early meets no more: its meetings after the end are cancelled, and both are told. */
	@ApplicationModuleListener
	void on(MentorshipEnded e) {
		entries.findBySourceAndParentId(EntrySource.MENTORSHIP_MEETING, e.mentorship().value()).stream()
				.filter(entry -> entry.startsOn().isAfter(e.endedOn()) && !entry.isCancelled())
				.forEach(entry -> calendar.cancel(EntrySource.MENTORSHIP_MEETING, entry.sourceId(), entry.startsOn(),
						() -> {
							throw new IllegalStateException("the entry was found");
						}));
	}
}
