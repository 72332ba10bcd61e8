package kg.usulduk.council;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** A question proposed for the pedagogical council's agenda. */
public record ProposedQuestionId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ProposedQuestionId {
		java.util.Objects.requireNonNull(value);
	}

	public static ProposedQuestionId random() {
		return new ProposedQuestionId(UUID.randomUUID());
	}

	public static ProposedQuestionId of(String value) {
		return new ProposedQuestionId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
