package kg.usulduk.association;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a session of an association. */
public record SessionId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public SessionId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static SessionId random() {
		return new SessionId(UUID.randomUUID());
	}

	public static SessionId of(String value) {
		return new SessionId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
