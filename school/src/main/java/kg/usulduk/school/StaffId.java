package kg.usulduk.school;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a member of a school's staff: what other contexts hold to name a person. */
public record StaffId(UUID value) implements Identifier {

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
