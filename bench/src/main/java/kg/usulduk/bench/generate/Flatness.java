package kg.usulduk.bench.generate;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

import javax.sql.DataSource;

import kg.usulduk.school.ComplianceLine;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.internal.ComplianceReading;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 12's flatness targets: the reminder scan, a school's calendar month and its compliance dashboard take the
 * same time with ten years of history as with one (within 1.5×). Each is timed on both databases, open side by
 * side in one JVM: first warmed up on both (the JIT and PostgreSQL's cache would otherwise favour whichever runs
 * second), then in rounds that alternate which database goes first; the medians are kept.
 * <p>
 * The reminder scan is the job itself ({@code Reminders.remindNow}, whose first run delivers what is due, so the runs
 * after it are the scan alone); the month and the dashboard are what their pages read for a sample of schools (the
 * calendar's read model, {@code CalendarReads.overlapping}, and {@link ComplianceReading} with its charts), without
 * the rendering, which does not depend on the years.
 */
final class Flatness {

	/** Schools of the sample a round reads the month and the dashboard of. */
	static final int SAMPLE = 20;
	static final int WARM_UP = 3;

	private final LocalDate today;
	private final int rounds;

	Flatness(LocalDate today, int rounds) {
		this.today = today;
		this.rounds = Math.max(rounds, 3);
	}

	/** Times the three on both databases and records them under {@code keyA.…} and {@code keyB.…}. */
	void measure(ConfigurableApplicationContext a, String keyA, ConfigurableApplicationContext b, String keyB,
			Properties into) throws Exception {
		Side first = new Side(a, keyA);
		Side second = new Side(b, keyB);
		for (Side side : List.of(first, second)) {
			side.firstReminderRun();
			for (int i = 0; i < WARM_UP; i++) {
				side.round();
			}
		}
		for (int round = 0; round < rounds; round++) {
			// Alternate which database goes first, so neither always finds the other's pages evicted.
			for (Side side : round % 2 == 0 ? List.of(first, second) : List.of(second, first)) {
				side.round();
			}
		}
		first.record(into);
		second.record(into);
	}

	private final class Side {

		final String key;
		final Object reminders;
		final Method remindNow;
		final Object calendar;
		final Method overlapping;
		final ComplianceReading compliance;
		final List<SchoolProfile> sample;
		final JdbcTemplate jdbc;
		final List<Double> scan = new ArrayList<>();
		final List<Double> month = new ArrayList<>();
		final List<Double> dashboard = new ArrayList<>();
		final List<Double> bareSelect = new ArrayList<>();
		double firstRunMs;
		Object reminded;

		Side(ConfigurableApplicationContext context, String key) throws Exception {
			this.key = key;
			// Package-private in planning: reached by reflection, as an outside job would not.
			Class<?> remindersType = Class.forName("kg.usulduk.planning.internal.Reminders");
			this.reminders = context.getBean(remindersType);
			this.remindNow = remindersType.getMethod("remindNow");
			this.remindNow.setAccessible(true);
			Class<?> readsType = Class.forName("kg.usulduk.planning.internal.CalendarReads");
			this.calendar = context.getBean(readsType);
			this.overlapping = readsType.getDeclaredMethod("overlapping", SchoolId.class, LocalDate.class,
					LocalDate.class);
			this.overlapping.setAccessible(true);
			this.compliance = context.getBean(ComplianceReading.class);
			this.jdbc = new JdbcTemplate(context.getBean(DataSource.class));
			// The same schools in both databases: the generator names school k alike whatever the years.
			List<UUID> ids = jdbc.queryForList("select id from school.schools order by name, number limit " + SAMPLE,
					UUID.class);
			this.sample = context.getBean(SchoolDirectory.class).profiles(ids.stream().map(SchoolId::new).toList());
		}

		void firstReminderRun() throws Exception {
			long t = System.nanoTime();
			reminded = remindNow.invoke(reminders);
			firstRunMs = (System.nanoTime() - t) / 1e6;
		}

		void round() throws Exception {
			long t = System.nanoTime();
			remindNow.invoke(reminders);
			scan.add((System.nanoTime() - t) / 1e6);

			YearMonth current = YearMonth.from(today);
			t = System.nanoTime();
			for (SchoolProfile school : sample) {
				overlapping.invoke(calendar, school.id(), current.atDay(1), current.atEndOfMonth());
			}
			month.add((System.nanoTime() - t) / 1e6 / sample.size());

			SchoolYear year = SchoolYear.of(today);
			t = System.nanoTime();
			for (SchoolProfile school : sample) {
				List<ComplianceLine> lines = compliance.lines(List.of(school), year, today);
				compliance.charts(school, year, today, lines);
			}
			dashboard.add((System.nanoTime() - t) / 1e6 / sample.size());

			t = System.nanoTime();
			jdbc.queryForList("""
					select id from planning.calendar_entries
					where state = 'SCHEDULED' and starts_on > ? and starts_on <= ?""", UUID.class, today,
					today.plusDays(60));
			bareSelect.add((System.nanoTime() - t) / 1e6);
		}

		void record(Properties into) {
			Long entries = jdbc.queryForObject("select count(*) from planning.calendar_entries", Long.class);
			into.setProperty(key + ".entries", String.valueOf(entries));
			into.setProperty(key + ".reminded", String.valueOf(reminded));
			into.setProperty(key + ".firstRunMs", String.format("%.1f", firstRunMs));
			into.setProperty(key + ".scanMs", String.format("%.1f", median(scan)));
			into.setProperty(key + ".bareSelectMs", String.format("%.2f", median(bareSelect)));
			into.setProperty(key + ".monthMs", String.format("%.2f", median(month)));
			into.setProperty(key + ".complianceMs", String.format("%.2f", median(dashboard)));
		}
	}

	static double median(List<Double> values) {
		if (values.isEmpty()) {
			return Double.NaN;
		}
		List<Double> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		return sorted.get(sorted.size() / 2);
	}
}
