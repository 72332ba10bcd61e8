package kg.usulduk.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolSettings;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reminder job: shortly before each scheduled entry (the school's lead days, default 3 and 1), the people it
 * concerns get a reminder, once per lead. It runs every quarter of an hour on one instance at a time (ShedLock),
 * and a run that sees a reminder already delivered adds nothing, so a restart or a second instance never sends
 * one twice; a restart after a missed day sends what became due meanwhile.
 */
@Component
class Reminders {

	private static final Logger log = LoggerFactory.getLogger(Reminders.class);

	private final CalendarEntries entries;
	private final Notifier notifier;
	private final SchoolDirectory schools;
	private final JdbcClient jdbc;
	private final Clock clock;

	Reminders(CalendarEntries entries, Notifier notifier, SchoolDirectory schools, JdbcClient jdbc, Clock clock) {
		this.entries = entries;
		this.notifier = notifier;
		this.schools = schools;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(cron = "${usulduk.reminders.cron:0 */15 * * * *}")
	@SchedulerLock(name = "planning-reminders", lockAtMostFor = "PT40S")
	public void everyQuarterHour() {
		remindOf(LocalDate.now(clock));
	}

	/**
	 * Delivers the reminders due on this day: for each entry not cancelled, the most imminent lead that has come
	 * (so an entry scheduled two days ahead gets its reminder now, and the one-day reminder tomorrow).
	 */
	@Transactional
	public int remindOf(LocalDate today) {
		int lookAhead = 31;
		List<java.util.UUID> ids = jdbc.sql("""
				select id from planning.calendar_entries
				where state = 'SCHEDULED' and starts_on > :today and starts_on <= :until
				""").param("today", today).param("until", today.plusDays(lookAhead)).query(java.util.UUID.class).list();
		int reminded = 0;
		for (java.util.UUID id : ids) {
			CalendarEntry entry = entries.findById(new kg.usulduk.planning.CalendarEntryId(id)).orElseThrow();
			List<Integer> leads = schools.find(entry.schoolId()).map(p -> p.settings().reminderLeadDays())
					.orElse(SchoolSettings.DEFAULT_REMINDER_LEAD_DAYS);
			int daysLeft = (int) ChronoUnit.DAYS.between(today, entry.startsOn());
			var lead = leads.stream().filter(days -> days >= daysLeft).min(Comparator.naturalOrder());
			if (lead.isPresent()) {
				notifier.remind(entry, lead.get(), daysLeft);
				reminded++;
			}
		}
		if (reminded > 0) {
			log.debug("Reminders for {} entries on {}", reminded, today);
		}
		return reminded;
	}
}
