package kg.usulduk.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/** Dates as each language writes them (issue 13). */
class DatesTests {

	static final Locale KY = Locale.forLanguageTag("ky");
	static final Locale RU = Locale.forLanguageTag("ru");
	static final Locale EN = Locale.ENGLISH;
	static final LocalDate SECOND_OF_DECEMBER = LocalDate.of(2026, 12, 2);

	@Test
	void kyrgyzWritesTheDayAHyphenTheMonthInTheNominativeAndTheYear() {
		assertThat(Dates.date(SECOND_OF_DECEMBER, KY)).isEqualTo("2-декабрь 2026");
		assertThat(Dates.dayMonth(SECOND_OF_DECEMBER, KY)).isEqualTo("2-декабрь");
	}

	@Test
	void russianWritesTheMonthInTheGenitive() {
		assertThat(Dates.date(SECOND_OF_DECEMBER, RU)).isEqualTo("2 декабря 2026");
	}

	@Test
	void englishWritesTheDayBeforeTheMonth() {
		assertThat(Dates.date(SECOND_OF_DECEMBER, EN)).isEqualTo("2 December 2026");
	}

	@Test
	void aMonthIsNamedInTheNominativeAsAHeading() {
		assertThat(Dates.month(YearMonth.of(2026, 12), KY)).isEqualTo("Декабрь 2026");
		assertThat(Dates.month(YearMonth.of(2026, 12), RU)).isEqualTo("Декабрь 2026");
		assertThat(Dates.month(YearMonth.of(2026, 12), EN)).isEqualTo("December 2026");
		assertThat(Dates.monthName(Month.SEPTEMBER, KY)).isEqualTo("Сентябрь");
	}

	@Test
	void anInstantIsWrittenAsTheHourItWasAtTheSchool() {
		assertThat(Dates.dateTime(Instant.parse("2026-12-01T20:00:00Z"), ZoneId.of("Asia/Bishkek"), KY))
				.isEqualTo("2-декабрь 2026, 02:00");
	}
}
