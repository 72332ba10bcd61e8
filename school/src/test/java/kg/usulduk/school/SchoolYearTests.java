package kg.usulduk.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SchoolYearTests {

	@ParameterizedTest(name = "{0} falls in the school year starting {1}")
	@CsvSource({ "2026-09-01, 2026", "2026-12-31, 2026", "2027-01-01, 2026", "2027-08-31, 2026", "2026-08-31, 2025" })
	void aSchoolYearStartsOnTheFirstOfSeptember(LocalDate day, int startYear) {
		assertThat(SchoolYear.of(day)).isEqualTo(new SchoolYear(startYear));
		assertThat(new SchoolYear(startYear).contains(day)).isTrue();
	}

	@Test
	void aSchoolYearIsWrittenAsTwoCalendarYearsAndParsedEitherWay() {
		assertThat(new SchoolYear(2026)).hasToString("2026–2027");
		assertThat(SchoolYear.parse("2026-2027")).isEqualTo(new SchoolYear(2026));
		assertThat(SchoolYear.parse("2026")).isEqualTo(new SchoolYear(2026));
	}

	@Test
	void defaultQuartersAreFourInOrderWithinTheYear() {
		List<Quarter> quarters = Quarter.defaultsFor(new SchoolYear(2026));

		assertThat(Quarter.checkYear(quarters)).hasSize(4);
		assertThat(quarters.get(0).start()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(quarters.get(3).end()).isBefore(LocalDate.of(2027, 6, 1));
	}

	@Test
	void aQuarterThatEndsBeforeItStartsIsRefusedWithATranslatableReason() {
		assertThatThrownBy(() -> new Quarter(new SchoolYear(2026), 1, LocalDate.of(2026, 10, 1), LocalDate.of(2026, 9, 1)))
				.isInstanceOf(RuleViolation.class)
				.extracting(e -> ((RuleViolation) e).code()).isEqualTo("school.quarter.endsBeforeStart");
	}

	@Test
	void aQuarterOutsideItsSchoolYearIsRefused() {
		assertThatThrownBy(() -> new Quarter(new SchoolYear(2026), 4, LocalDate.of(2027, 8, 1), LocalDate.of(2027, 9, 15)))
				.isInstanceOf(RuleViolation.class)
				.extracting(e -> ((RuleViolation) e).code()).isEqualTo("school.quarter.outsideYear");
	}

	@Test
	void overlappingQuartersAreRefused() {
		SchoolYear year = new SchoolYear(2026);
		List<Quarter> quarters = List.of(
				new Quarter(year, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 15)),
				new Quarter(year, 2, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 28)),
				new Quarter(year, 3, LocalDate.of(2027, 1, 12), LocalDate.of(2027, 3, 20)),
				new Quarter(year, 4, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 31)));

		assertThatThrownBy(() -> Quarter.checkYear(quarters))
				.extracting(e -> ((RuleViolation) e).code()).isEqualTo("school.quarter.overlap");
	}

	@Test
	void experienceCountsWholeYearsFromTheFirstDayOfTeaching() {
		assertThat(Experience.years(LocalDate.of(2023, 9, 1), LocalDate.of(2026, 8, 31))).isEqualTo(2);
		assertThat(Experience.years(LocalDate.of(2023, 9, 1), LocalDate.of(2026, 9, 1))).isEqualTo(3);
		assertThat(Experience.years(null, LocalDate.of(2026, 9, 1))).isZero();
	}
}
