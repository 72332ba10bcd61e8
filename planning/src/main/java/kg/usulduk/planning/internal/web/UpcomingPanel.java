package kg.usulduk.planning.internal.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import kg.usulduk.planning.internal.Inbox;
import kg.usulduk.planning.internal.PersonalCalendar;
import kg.usulduk.school.DashboardPanel;
import kg.usulduk.school.SchoolUser;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The start page shows each person what concerns them in the next two weeks, and their unread notices. */
@Component
class UpcomingPanel implements DashboardPanel {

	private final PersonalCalendar calendar;
	private final Inbox inbox;

	UpcomingPanel(PersonalCalendar calendar, Inbox inbox) {
		this.calendar = calendar;
		this.inbox = inbox;
	}

	/** One line of the panel. */
	record Line(java.time.LocalDate date, java.time.LocalTime time, String summary, String place) {
	}

	@Override
	public int order() {
		return 10;
	}

	@Override
	public String fragment() {
		return "planning/dashboard :: upcoming";
	}

	@Override
	public Map<String, Object> data(SchoolUser user) {
		Locale locale = LocaleContextHolder.getLocale();
		List<Line> lines = calendar.upcoming(user, 14).stream()
				.map(e -> new Line(e.startsOn(), e.time(), calendar.summary(e, locale), e.place())).limit(8).toList();
		return Map.of("lines", lines, "unread", inbox.count(user));
	}
}
