package kg.usulduk.association.internal;

import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** A member invited to a session, and whether they attended once it was held. */
@Table(schema = "association", name = "session_participants")
public record Participant(StaffId staffId, boolean present) implements ValueObject {
}
