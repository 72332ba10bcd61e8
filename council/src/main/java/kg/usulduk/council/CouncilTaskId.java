package kg.usulduk.council;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a task the council set, with a responsible person and a due date. */
public record CouncilTaskId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public CouncilTaskId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static CouncilTaskId random() {
		return new CouncilTaskId(UUID.randomUUID());
	}

	public static CouncilTaskId of(String value) {
		return new CouncilTaskId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
