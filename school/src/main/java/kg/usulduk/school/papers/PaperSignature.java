package kg.usulduk.school.papers;

import java.time.Instant;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A signature on a final paper: the capacity in the owning context's words (its message key, e.g.
 * {@code association.signatory.HEAD}), the signer as they were, and the instant they signed.
 */
public record PaperSignature(String capacityKey, PaperPerson signer, Instant signedAt) implements ValueObject {

	public PaperSignature {
		Objects.requireNonNull(capacityKey, "a signature has a capacity");
		Objects.requireNonNull(signer, "a signature has a signer");
		Objects.requireNonNull(signedAt, "a signature has a time");
	}
}
