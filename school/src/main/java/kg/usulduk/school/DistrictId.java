package kg.usulduk.school;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/**
 * Identifies a district: a managed list kept by the deployment's administrator, never free text typed by a
 * school. A district observer reads exactly the schools whose district this is.
 */
public record DistrictId(@JsonValue UUID value) implements Identifier, Serializable {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public DistrictId {
		Objects.requireNonNull(value, "a district id needs a value");
	}

	public static DistrictId random() {
		return new DistrictId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
