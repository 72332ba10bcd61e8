package kg.usulduk.school.meetings;

import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A question on a meeting's agenda and who reports on it ({@code speaker} may be null). A context stores it in its
 * own table through a row that embeds it.
 */
public record AgendaItem(String title, StaffId speaker) implements ValueObject {

	public AgendaItem {
		title = TypedText.required("agenda", title, 500);
	}

	/** A question nobody in particular reports on. */
	public AgendaItem(String title) {
		this(title, null);
	}
}
