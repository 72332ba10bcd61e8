package kg.usulduk.school.internal;

import java.time.LocalDate;

import kg.usulduk.school.Quarter;
import kg.usulduk.school.SchoolYear;

import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A quarter's dates as stored with its school. */
@Table(schema = "school", name = "quarters")
record QuarterDates(@Column("school_year") int schoolYear, int number, LocalDate startsOn, LocalDate endsOn) {

	static QuarterDates of(Quarter quarter) {
		return new QuarterDates(quarter.year().startYear(), quarter.number(), quarter.start(), quarter.end());
	}

	Quarter toQuarter() {
		return new Quarter(new SchoolYear(schoolYear), number, startsOn, endsOn);
	}
}
