package kg.usulduk.school;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a school. Every row of every context carries one. */
public record SchoolId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public SchoolId {
		Objects.requireNonNull(value, "a school id needs a value");
	}

	public static SchoolId random() {
		return new SchoolId(UUID.randomUUID());
	}

	public static SchoolId of(String value) {
		return new SchoolId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
