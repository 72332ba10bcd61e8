package kg.usulduk.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * One thing waiting for a person — a plan to approve, a protocol to sign, a task coming due — shown on their start
 * page with a link to where it is done.
 *
 * @param message   the message key of its line; the arguments fill its placeholders
 * @param arguments names and numbers for the line (already in the school's words: an association's name, a title)
 * @param link      the page where it is done, e.g. {@code /plans/…}
 * @param day       the day it is about or due, if any: the list puts the earliest first and marks days passed
 */
public record ToDo(String message, List<Object> arguments, String link, LocalDate day) implements ValueObject {

	public ToDo {
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(link, "link");
		arguments = List.copyOf(arguments);
	}

	public static ToDo of(String message, String link, LocalDate day, Object... arguments) {
		return new ToDo(message, List.of(arguments), link, day);
	}

	/** Whether its day has passed (the school's today). */
	public boolean overdue(LocalDate today) {
		return day != null && day.isBefore(today);
	}
}
