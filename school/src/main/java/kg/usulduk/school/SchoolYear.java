package kg.usulduk.school;

import java.time.LocalDate;
import java.time.Month;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A school year, named by the calendar year it starts in: {@code 2026} is 2026–2027.
 * It starts on 1 September and runs to 31 August (DOMAIN.md, planning).
 */
public record SchoolYear(int startYear) implements ValueObject, Comparable<SchoolYear> {

	public SchoolYear {
		if (startYear < 2000 || startYear > 2200) {
			throw new IllegalArgumentException("A school year must start between 2000 and 2200, not " + startYear);
		}
	}

	/** The school year a date falls in: dates before September belong to the year that began last autumn. */
	public static SchoolYear of(LocalDate date) {
		return new SchoolYear(date.getMonthValue() >= Month.SEPTEMBER.getValue() ? date.getYear() : date.getYear() - 1);
	}

	/** Parses {@code 2026} or {@code 2026-2027}. */
	public static SchoolYear parse(String text) {
		String start = text.strip().split("[-–/]")[0].strip();
		return new SchoolYear(Integer.parseInt(start));
	}

	public LocalDate start() {
		return LocalDate.of(startYear, Month.SEPTEMBER, 1);
	}

	public LocalDate end() {
		return LocalDate.of(startYear + 1, Month.AUGUST, 31);
	}

	public boolean contains(LocalDate date) {
		return !date.isBefore(start()) && !date.isAfter(end());
	}

	public SchoolYear next() {
		return new SchoolYear(startYear + 1);
	}

	public SchoolYear previous() {
		return new SchoolYear(startYear - 1);
	}

	@Override
	public int compareTo(SchoolYear other) {
		return Integer.compare(startYear, other.startYear);
	}

	/** {@code 2026–2027}, the way schools write it. */
	@Override
	public String toString() {
		return startYear + "–" + (startYear + 1);
	}
}
