package kg.usulduk.council.internal;

import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** A question on a council session's agenda. */
@Table(schema = "council", name = "agenda_items")
public record AgendaItem(String title) implements ValueObject {

	public AgendaItem {
		title = TypedText.required("agenda", title, 500);
	}
}
