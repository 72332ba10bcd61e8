package kg.usulduk.association;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies an association of teachers. */
public record AssociationId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public AssociationId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static AssociationId random() {
		return new AssociationId(UUID.randomUUID());
	}

	public static AssociationId of(String value) {
		return new AssociationId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
