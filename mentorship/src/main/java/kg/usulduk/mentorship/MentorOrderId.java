package kg.usulduk.mentorship;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies the director's order that assigns mentors, changes or ends pairs. */
public record MentorOrderId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public MentorOrderId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static MentorOrderId random() {
		return new MentorOrderId(UUID.randomUUID());
	}

	public static MentorOrderId of(String value) {
		return new MentorOrderId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
