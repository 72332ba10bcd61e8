package kg.usulduk.association;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies the protocol of an association's session. */
public record ProtocolId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ProtocolId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static ProtocolId random() {
		return new ProtocolId(UUID.randomUUID());
	}

	public static ProtocolId of(String value) {
		return new ProtocolId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
