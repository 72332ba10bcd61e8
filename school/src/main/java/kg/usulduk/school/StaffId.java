package kg.usulduk.school;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a member of a school's staff: what other contexts hold to name a person. */
public record StaffId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public StaffId {
		Objects.requireNonNull(value, "a staff id needs a value");
	}

	public static StaffId random() {
		return new StaffId(UUID.randomUUID());
	}

	public static StaffId of(String value) {
		return new StaffId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
