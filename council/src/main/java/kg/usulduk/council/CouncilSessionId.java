package kg.usulduk.council;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a session of the methodological council. */
public record CouncilSessionId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public CouncilSessionId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static CouncilSessionId random() {
		return new CouncilSessionId(UUID.randomUUID());
	}

	public static CouncilSessionId of(String value) {
		return new CouncilSessionId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
