package kg.usulduk.council;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a school's methodological council of one school year. */
public record CouncilId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public CouncilId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static CouncilId random() {
		return new CouncilId(UUID.randomUUID());
	}

	public static CouncilId of(String value) {
		return new CouncilId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
