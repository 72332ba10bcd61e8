package kg.usulduk.association.internal;

import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** A question on a session's agenda and who reports on it ({@code speaker} may be null). */
@Table(schema = "association", name = "agenda_items")
public record AgendaItem(String title, StaffId speaker) implements ValueObject {

	public AgendaItem {
		title = TypedText.required("agenda", title, 500);
	}
}
