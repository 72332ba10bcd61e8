package kg.usulduk.school;

import java.time.LocalDate;
import java.time.Period;

/** Years of teaching experience, derived from the day a person started teaching, never typed. */
public final class Experience {

	private Experience() {
	}

	/** Whole years between the start of teaching and the given day; 0 when unknown or not yet started. */
	public static int years(LocalDate teachingSince, LocalDate today) {
		if (teachingSince == null || teachingSince.isAfter(today)) {
			return 0;
		}
		return Period.between(teachingSince, today).getYears();
	}
}
