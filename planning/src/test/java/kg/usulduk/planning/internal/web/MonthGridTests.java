package kg.usulduk.planning.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import kg.usulduk.planning.internal.CalendarEntry;
import kg.usulduk.planning.internal.EntrySource;
import kg.usulduk.planning.internal.web.CalendarController.Line;
import kg.usulduk.planning.internal.web.MonthGrid.Bar;
import kg.usulduk.school.SchoolId;

import org.junit.jupiter.api.Test;

class MonthGridTests {

	static Line entry(String title, LocalDate from, LocalDate to) {
		return new Line(CalendarEntry.of(new CalendarEntry.Scheduled(SchoolId.random(), EntrySource.ASSOCIATION_ACTIVITY,
				UUID.randomUUID(), "SUBJECT_WEEK", title, null, null, from, to, LocalTime.of(9, 0), null, List.of())),
				title);
	}

	@Test
	void theMonthRunsInWholeWeeksFromMondayToSunday() {
		// December 2026 begins on a Tuesday and ends on a Thursday.
		MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 12), List.of());
		assertThat(grid.weeks()).hasSize(5);
		assertThat(grid.weeks().get(0).days().get(0)).isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(grid.weeks().get(4).days().get(6)).isEqualTo(LocalDate.of(2027, 1, 3));
	}

	@Test
	void aSubjectWeekIsOneBarOverItsDaysAndGoesOnIntoTheNextWeekAsABarOfItsOwn() {
		// Wednesday 9 to Tuesday 15 December 2026.
		Line week = entry("Математика жумалыгы", LocalDate.of(2026, 12, 9), LocalDate.of(2026, 12, 15));
		Line day = entry("Олимпиада", LocalDate.of(2026, 12, 10), LocalDate.of(2026, 12, 10));
		MonthGrid grid = MonthGrid.of(YearMonth.of(2026, 12), List.of(day, week));

		assertThat(grid.weeks().get(1).bars()).containsExactly(new Bar(week, 3, 5, false, true),
				new Bar(day, 4, 1, false, false));
		assertThat(grid.weeks().get(2).bars()).containsExactly(new Bar(week, 1, 2, true, false));
		assertThat(grid.weeks().get(0).bars()).isEmpty();
	}
}
