package kg.usulduk.school.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;

import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;

/** A meeting's date and time changed, and why: moves stay on record and are shown with the meeting. */
public record Move(LocalDate fromDate, LocalTime fromTime, LocalDate toDate, LocalTime toTime, String reason,
		LocalDate movedOn) implements ValueObject {

	public Move {
		Objects.requireNonNull(fromDate);
		Objects.requireNonNull(fromTime);
		Objects.requireNonNull(toDate);
		Objects.requireNonNull(toTime);
		reason = TypedText.required("reason", reason, 500);
		Objects.requireNonNull(movedOn);
	}

	/**
	 * A move of a meeting from where and when it is to where and when it will be. A move has a reason, told to
	 * everyone invited; a "move" that changes neither day, time nor place is refused on the field {@code date}
	 * ({@code <context>.session.unchanged}).
	 *
	 * @param fromPlace the place as the meeting keeps it; {@code toPlace} as typed (checked here)
	 */
	public static Move of(LocalDate fromDate, LocalTime fromTime, String fromPlace, LocalDate toDate, LocalTime toTime,
			String toPlace, String reason, LocalDate today, String context) {
		String why = TypedText.required("reason", reason, 500);
		String where = place(toPlace);
		if (toDate.equals(fromDate) && toTime.equals(fromTime) && Objects.equals(where, fromPlace)) {
			throw RuleViolation.onField("date", context + ".session.unchanged");
		}
		return new Move(fromDate, fromTime, toDate, toTime, why, today);
	}

	/** A meeting's place as it keeps it: one line, at most 200 characters, or none. */
	public static String place(String typed) {
		return TypedText.optional("place", typed, 200);
	}

	/**
	 * A day and time a meeting may be set for: both given, and not in the past. What else bounds it (two years
	 * ahead, the council's school year) is the context's rule.
	 */
	public static void requireWhen(LocalDate date, LocalTime time, LocalDate today, String context) {
		if (date == null) {
			throw RuleViolation.onField("date", "validation.required");
		}
		if (time == null) {
			throw RuleViolation.onField("time", "validation.required");
		}
		if (date.isBefore(today)) {
			throw RuleViolation.onField("date", context + ".date.past");
		}
	}
}
