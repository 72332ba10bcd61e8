package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.SchoolTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces the council's tasks that come due or pass their due date, once each: the flags on the task make a
 * second run (or a second instance, whose save loses the optimistic lock) announce nothing again.
 */
@Component
class TaskAnnouncements {

	private static final Logger log = LoggerFactory.getLogger(TaskAnnouncements.class);
	/** Looks this far ahead for tasks, beyond any school's longest reminder lead. */
	private static final int HORIZON_DAYS = 60;

	private final CouncilTasks tasks;
	private final SchoolDirectory schools;
	private final TransactionTemplate transactions;
	private final SchoolTime schoolTime;

	TaskAnnouncements(CouncilTasks tasks, SchoolDirectory schools, TransactionTemplate transactions, SchoolTime schoolTime) {
		this.tasks = tasks;
		this.schools = schools;
		this.transactions = transactions;
		this.schoolTime = schoolTime;
	}

	/** Every morning, and a minute after each start so that a restart catches up. */
	@Scheduled(cron = "${usulduk.council.task-announcements.cron:0 30 6 * * *}")
	@Scheduled(initialDelayString = "PT1M", fixedDelayString = "P1D")
	void announceDueAndOverdueTasks() {
		// The day furthest east, so that no school's tasks fall outside the horizon; each is judged by its school's day.
		LocalDate latest = schoolTime.today(java.time.ZoneOffset.MAX);
		Map<SchoolId, Optional<SchoolProfile>> profiles = new HashMap<>();
		int announced = 0;
		for (CouncilTask candidate : tasks.findByDoneOnIsNullAndDueOnLessThanEqual(latest.plusDays(HORIZON_DAYS))) {
			Optional<SchoolProfile> profile = profiles.computeIfAbsent(candidate.schoolId(), schools::find);
			int lead = profile.map(p -> p.settings().reminderLeadDays())
					.filter(days -> !days.isEmpty()).map(Collections::max)
					.orElse(Collections.max(SchoolSettings.DEFAULT_REMINDER_LEAD_DAYS));
			// Issue 13: due or overdue by the day it is at the task's school, not at the server.
			LocalDate today = profile.map(schoolTime::today)
					.orElseGet(() -> schoolTime.today(SchoolSettings.DEFAULT_TIME_ZONE));
			try {
				Boolean changed = transactions.execute(status -> {
					CouncilTask task = tasks.findById(candidate.getId()).orElseThrow();
					if (task.announce(today, lead)) {
						tasks.save(task);
						return true;
					}
					return false;
				});
				announced += Boolean.TRUE.equals(changed) ? 1 : 0;
			}
			catch (OptimisticLockingFailureException e) {
				log.debug("Task {} was announced by another instance", candidate.getId());
			}
		}
		if (announced > 0) {
			log.info("Announced {} council task(s) due or overdue", announced);
		}
	}
}
