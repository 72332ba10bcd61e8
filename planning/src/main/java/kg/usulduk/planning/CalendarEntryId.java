package kg.usulduk.planning;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies an entry of the school calendar. */
public record CalendarEntryId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public CalendarEntryId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static CalendarEntryId random() {
		return new CalendarEntryId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
