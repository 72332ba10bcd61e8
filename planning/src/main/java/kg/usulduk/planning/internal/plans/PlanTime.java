package kg.usulduk.planning.internal.plans;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import kg.usulduk.school.Quarter;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolYear;

import org.jmolecules.ddd.types.ValueObject;

/**
 * When a plan item is due: on a day, in a month, or in a quarter of the school year; exactly one of them.
 */
public record PlanTime(LocalDate day, YearMonth month, Integer quarter) implements ValueObject {

	public PlanTime {
		int given = (day == null ? 0 : 1) + (month == null ? 0 : 1) + (quarter == null ? 0 : 1);
		if (given != 1) {
			throw RuleViolation.onField("when", "plans.rule.when.exactlyOne");
		}
		if (quarter != null && (quarter < 1 || quarter > Quarter.QUARTERS_A_YEAR)) {
			throw RuleViolation.onField("quarter", "plans.rule.when.quarter");
		}
	}

	public static PlanTime on(LocalDate day) {
		return new PlanTime(day, null, null);
	}

	public static PlanTime in(YearMonth month) {
		return new PlanTime(null, month, null);
	}

	public static PlanTime inQuarter(int quarter) {
		return new PlanTime(null, null, quarter);
	}

	/** The time as a form gave it: empty when none of its fields was filled. */
	public static Optional<PlanTime> fromForm(LocalDate day, YearMonth month, Integer quarter) {
		if (day == null && month == null && quarter == null) {
			return Optional.empty();
		}
		return Optional.of(new PlanTime(day, month, quarter));
	}

	public boolean within(SchoolYear year) {
		if (day != null) {
			return year.contains(day);
		}
		if (month != null) {
			return year.contains(month.atDay(1));
		}
		return true;
	}

	/** The last day of the period, with the school's quarters for a quarter. */
	public LocalDate lastDay(List<Quarter> quarters) {
		if (day != null) {
			return day;
		}
		if (month != null) {
			return month.atEndOfMonth();
		}
		return quarters.stream().filter(q -> q.number() == quarter).map(Quarter::end).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No quarter " + quarter));
	}

	/** The first day of the period, with the school's quarters for a quarter. */
	public LocalDate firstDay(List<Quarter> quarters) {
		if (day != null) {
			return day;
		}
		if (month != null) {
			return month.atDay(1);
		}
		return quarters.stream().filter(q -> q.number() == quarter).map(Quarter::start).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("No quarter " + quarter));
	}
}
