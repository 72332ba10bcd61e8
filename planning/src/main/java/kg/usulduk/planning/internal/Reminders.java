package kg.usulduk.planning.internal;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.SchoolTime;
import kg.usulduk.school.StaffId;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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

	/** The furthest lead a school may set (SchoolSettings: 0 to 60 days). */
	static final int MAXIMUM_LEAD = 60;

	private final CalendarReads reads;
	private final Notifier notifier;
	private final SchoolDirectory schools;
	private final SchoolTime schoolTime;

	Reminders(CalendarReads reads, Notifier notifier, SchoolDirectory schools, SchoolTime schoolTime) {
		this.reads = reads;
		this.notifier = notifier;
		this.schools = schools;
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
		// From the day it is furthest west to the day it is furthest east: every school's today lies between. The
		// furthest lead a school may set is 60 days (SchoolSettings).
		LocalDate earliest = schoolTime.today(ZoneOffset.MIN);
		LocalDate latest = schoolTime.today(ZoneOffset.MAX);
		// The whole scan in three statements whatever the schools and years (issue 12): the coming entries with their
		// people, their schools' profiles, and which of the reminders due were delivered already.
		List<CalendarEntry> coming = reads.scheduledStarting(earliest, latest.plusDays(MAXIMUM_LEAD));
		Map<SchoolId, SchoolProfile> profiles = new HashMap<>();
		schools.profiles(coming.stream().map(CalendarEntry::schoolId).distinct().toList())
				.forEach(profile -> profiles.put(profile.id(), profile));
		record Due(CalendarEntry entry, int lead, int daysLeft) {
		}
		List<Due> due = new java.util.ArrayList<>();
		for (CalendarEntry entry : coming) {
			Optional<SchoolProfile> school = Optional.ofNullable(profiles.get(entry.schoolId()));
			LocalDate today = school.map(schoolTime::today)
					.orElseGet(() -> schoolTime.today(SchoolSettings.DEFAULT_TIME_ZONE));
			if (!entry.startsOn().isAfter(today)) {
				continue;
			}
			List<Integer> leads = school.map(p -> p.settings().reminderLeadDays())
					.orElse(SchoolSettings.DEFAULT_REMINDER_LEAD_DAYS);
			int daysLeft = (int) ChronoUnit.DAYS.between(today, entry.startsOn());
			leads.stream().filter(days -> days >= daysLeft).min(Comparator.naturalOrder())
					.ifPresent(lead -> due.add(new Due(entry, lead, daysLeft)));
		}
		Set<String> delivered = notifier.delivered(due.stream().flatMap(d -> d.entry().people().stream()
				.map(person -> Notifier.reminderKey(d.entry(), d.lead(), person))).toList());
		int reminded = 0;
		for (Due d : due) {
			java.util.function.Predicate<StaffId> pending = person -> !delivered
					.contains(Notifier.reminderKey(d.entry(), d.lead(), person));
			if (d.entry().people().stream().anyMatch(pending)) {
				notifier.remind(d.entry(), d.lead(), d.daysLeft(), pending);
				reminded++;
			}
		}
		if (reminded > 0) {
			log.debug("Reminders for {} entries", reminded);
		}
		return reminded;
	}
}
