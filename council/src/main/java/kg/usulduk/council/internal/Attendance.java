package kg.usulduk.council.internal;

import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** A member invited to a council session, and whether they attended once it was held. */
@Table(schema = "council", name = "attendance")
public record Attendance(StaffId staffId, boolean present) implements ValueObject {
}
