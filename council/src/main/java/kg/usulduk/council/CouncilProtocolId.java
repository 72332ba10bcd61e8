package kg.usulduk.council;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies the protocol of a council session. */
public record CouncilProtocolId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public CouncilProtocolId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static CouncilProtocolId random() {
		return new CouncilProtocolId(UUID.randomUUID());
	}

	public static CouncilProtocolId of(String value) {
		return new CouncilProtocolId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
