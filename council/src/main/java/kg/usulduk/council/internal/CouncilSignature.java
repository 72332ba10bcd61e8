package kg.usulduk.council.internal;

import java.time.Instant;

import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** Who signed a council protocol, in which capacity, and when (003 §5.3). */
@Table(schema = "council", name = "protocol_signatures")
public record CouncilSignature(Signatory signatory, StaffId staffId, Instant signedAt) implements ValueObject {

	public enum Signatory {
		CHAIR, SECRETARY
	}
}
