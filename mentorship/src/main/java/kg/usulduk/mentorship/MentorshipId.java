package kg.usulduk.mentorship;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a mentorship: a young teacher and their mentor for a term. */
public record MentorshipId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public MentorshipId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static MentorshipId random() {
		return new MentorshipId(UUID.randomUUID());
	}

	public static MentorshipId of(String value) {
		return new MentorshipId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
