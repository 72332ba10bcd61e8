package kg.usulduk.planning;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies one version of an association's annual work plan. */
public record WorkPlanId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public WorkPlanId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static WorkPlanId random() {
		return new WorkPlanId(UUID.randomUUID());
	}

	public static WorkPlanId of(String value) {
		return new WorkPlanId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
