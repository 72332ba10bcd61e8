package kg.usulduk.association.internal;

import java.time.Instant;

import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** Who signed a protocol, in which capacity, and when. */
@Table(schema = "association", name = "protocol_signatures")
public record Signature(Signatory signatory, StaffId staffId, Instant signedAt) implements ValueObject {

	/** The capacities in which a protocol is signed: by the head, and by the secretary where there is one. */
	public enum Signatory {
		HEAD, SECRETARY
	}
}
