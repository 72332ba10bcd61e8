package kg.usulduk.association;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies an activity of an association: an open lesson, a visit, a seminar. */
public record ActivityId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ActivityId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static ActivityId random() {
		return new ActivityId(UUID.randomUUID());
	}

	public static ActivityId of(String value) {
		return new ActivityId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
