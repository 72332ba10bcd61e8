package kg.usulduk.council;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies an event the methodological council organises (a conference, readings, a methodological day...). */
public record CouncilEventId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public CouncilEventId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static CouncilEventId random() {
		return new CouncilEventId(UUID.randomUUID());
	}

	public static CouncilEventId of(String value) {
		return new CouncilEventId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
