package kg.usulduk.school.internal;

import java.util.Objects;
import java.util.UUID;

import org.jmolecules.ddd.types.Identifier;

/** Identifies an account. */
public record AccountId(UUID value) implements Identifier {

	public AccountId {
		Objects.requireNonNull(value, "an account id needs a value");
	}

	public static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
