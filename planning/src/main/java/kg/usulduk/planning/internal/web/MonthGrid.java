package kg.usulduk.planning.internal.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kg.usulduk.planning.internal.web.CalendarController.Line;

/**
 * A month as a wall calendar draws it (issue 13): weeks from Monday to Sunday, and each entry one bar over the days it
 * lasts within a week — a subject week or a decade is one bar, not one line a day; an entry that goes on into the
 * next week continues there as a bar of its own.
 */
record MonthGrid(YearMonth month, List<Week> weeks) {

	/** A week of the grid: its seven days and its bars. */
	record Week(List<LocalDate> days, List<Bar> bars) {
	}

	/**
	 * An entry's bar in a week: from the column of its first day in the week (1 = Monday) over {@code span} days;
	 * {@code continued} when it began before this week, {@code continues} when it goes on after it.
	 */
	record Bar(Line line, int column, int span, boolean continued, boolean continues) {
	}

	static MonthGrid of(YearMonth month, List<Line> lines) {
		LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
		LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		List<Week> weeks = new ArrayList<>();
		for (LocalDate monday = first; !monday.isAfter(last); monday = monday.plusWeeks(1)) {
			LocalDate sunday = monday.plusDays(6);
			List<LocalDate> days = monday.datesUntil(sunday.plusDays(1)).toList();
			List<Bar> bars = new ArrayList<>();
			for (Line line : lines) {
				LocalDate starts = line.entry().startsOn();
				LocalDate ends = line.entry().endsOn();
				if (ends.isBefore(monday) || starts.isAfter(sunday)) {
					continue;
				}
				LocalDate from = starts.isBefore(monday) ? monday : starts;
				LocalDate to = ends.isAfter(sunday) ? sunday : ends;
				bars.add(new Bar(line, from.getDayOfWeek().getValue(), (int) ChronoUnit.DAYS.between(from, to) + 1,
						starts.isBefore(monday), ends.isAfter(sunday)));
			}
			// The longest first on a day, so that the bars of a week stack as few rows high as they can.
			bars.sort(Comparator.comparingInt(Bar::column).thenComparing(Comparator.comparingInt(Bar::span).reversed()));
			weeks.add(new Week(days, List.copyOf(bars)));
		}
		return new MonthGrid(month, List.copyOf(weeks));
	}
}
