package kg.usulduk.association;

import java.util.Objects;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import org.jmolecules.ddd.types.Identifier;

/** Identifies a member's document approved by the association: an individual work plan, exam materials (001 §3.4–3.5). */
public record MemberDocumentId(@JsonValue UUID value) implements Identifier {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public MemberDocumentId {
		Objects.requireNonNull(value, "an id needs a value");
	}

	public static MemberDocumentId random() {
		return new MemberDocumentId(UUID.randomUUID());
	}

	public static MemberDocumentId of(String value) {
		return new MemberDocumentId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
