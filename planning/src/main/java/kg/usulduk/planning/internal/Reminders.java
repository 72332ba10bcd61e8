package kg.usulduk.planning.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.SchoolTime;

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
	private final SchoolTime schoolTime;

	Reminders(CalendarEntries entries, Notifier notifier, SchoolDirectory schools, JdbcClient jdbc, SchoolTime schoolTime) {
		this.entries = entries;
		this.notifier = notifier;
		this.schools = schools;
		this.jdbc = jdbc;
		this.schoolTime = schoolTime;
	}

	@Scheduled(cron = "${usulduk.reminders.cron:0 */15 * * * *}")
	@SchedulerLock(name = "planning-reminders", lockAtMostFor = "PT40S")
	public void everyQuarterHour() {
		remindNow();
	}

	/**
	 * Delivers the reminders due now: for each entry not cancelled, the most imminent lead that has come by the day it
	 * is at the entry's school (issue 13: a school in Bishkek at 02:00 is a day ahead of a server in UTC), so an entry
	 * scheduled two days ahead gets its reminder now, and the one-day reminder tomorrow.
	 */
	@Transactional
	public int remindNow() {
		int lookAhead = 31;
		// From the day it is furthest west to the day it is furthest east: every school's today lies between.
		LocalDate earliest = schoolTime.today(ZoneOffset.MIN);
		LocalDate latest = schoolTime.today(ZoneOffset.MAX);
		List<java.util.UUID> ids = jdbc.sql("""
				select id from planning.calendar_entries
				where state = 'SCHEDULED' and starts_on > :earliest and starts_on <= :until
				""").param("earliest", earliest).param("until", latest.plusDays(lookAhead)).query(java.util.UUID.class)
				.list();
		Map<SchoolId, Optional<SchoolProfile>> profiles = new HashMap<>();
		int reminded = 0;
		for (java.util.UUID id : ids) {
			CalendarEntry entry = entries.findById(new kg.usulduk.planning.CalendarEntryId(id)).orElseThrow();
			Optional<SchoolProfile> school = profiles.computeIfAbsent(entry.schoolId(), schools::find);
			LocalDate today = school.map(schoolTime::today)
					.orElseGet(() -> schoolTime.today(SchoolSettings.DEFAULT_TIME_ZONE));
			if (!entry.startsOn().isAfter(today)) {
				continue;
			}
			List<Integer> leads = school.map(p -> p.settings().reminderLeadDays())
					.orElse(SchoolSettings.DEFAULT_REMINDER_LEAD_DAYS);
			int daysLeft = (int) ChronoUnit.DAYS.between(today, entry.startsOn());
			var lead = leads.stream().filter(days -> days >= daysLeft).min(Comparator.naturalOrder());
			if (lead.isPresent()) {
				notifier.remind(entry, lead.get(), daysLeft);
				reminded++;
			}
		}
		if (reminded > 0) {
			log.debug("Reminders for {} entries", reminded);
		}
		return reminded;
	}
}
