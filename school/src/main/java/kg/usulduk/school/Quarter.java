package kg.usulduk.school;

import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * One of the four quarters of a school year, with the dates the school set for it.
 * Holidays are the gaps between quarters.
 */
public record Quarter(SchoolYear year, int number, LocalDate start, LocalDate end) implements ValueObject {

	public static final int QUARTERS_A_YEAR = 4;

	public Quarter {
		Objects.requireNonNull(year, "a quarter belongs to a school year");
		Objects.requireNonNull(start, "a quarter needs a first day");
		Objects.requireNonNull(end, "a quarter needs a last day");
		if (number < 1 || number > QUARTERS_A_YEAR) {
			throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
		}
		if (end.isBefore(start)) {
			throw RuleViolation.onField("quarters", "school.quarter.endsBeforeStart", number);
		}
		if (!year.contains(start) || !year.contains(end)) {
			throw RuleViolation.onField("quarters", "school.quarter.outsideYear", number, year.toString());
		}
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(start) && !date.isAfter(end);
	}

	/**
	 * The quarters most Kyrgyz schools keep when the school has set none: autumn, winter and spring holidays
	 * in early November, from the end of December to mid-January, and in late March.
	 */
	public static List<Quarter> defaultsFor(SchoolYear year) {
		int y = year.startYear();
		return List.of(
				new Quarter(year, 1, LocalDate.of(y, Month.SEPTEMBER, 1), LocalDate.of(y, Month.OCTOBER, 31)),
				new Quarter(year, 2, LocalDate.of(y, Month.NOVEMBER, 10), LocalDate.of(y, Month.DECEMBER, 28)),
				new Quarter(year, 3, LocalDate.of(y + 1, Month.JANUARY, 12), LocalDate.of(y + 1, Month.MARCH, 20)),
				new Quarter(year, 4, LocalDate.of(y + 1, Month.APRIL, 1), LocalDate.of(y + 1, Month.MAY, 31)));
	}

	/**
	 * Checks that a year's quarters are four, numbered in order, and do not overlap.
	 *
	 * @throws RuleViolation naming what is wrong
	 */
	public static List<Quarter> checkYear(List<Quarter> quarters) {
		if (quarters.size() != QUARTERS_A_YEAR) {
			throw RuleViolation.onField("quarters", "school.quarter.count", QUARTERS_A_YEAR);
		}
		for (int i = 0; i < quarters.size(); i++) {
			Quarter quarter = quarters.get(i);
			if (quarter.number() != i + 1 || !quarter.year().equals(quarters.get(0).year())) {
				throw RuleViolation.onField("quarters", "school.quarter.numbering");
			}
			if (i > 0 && !quarter.start().isAfter(quarters.get(i - 1).end())) {
				throw RuleViolation.onField("quarters", "school.quarter.overlap", quarter.number(), i);
			}
		}
		return List.copyOf(quarters);
	}
}
