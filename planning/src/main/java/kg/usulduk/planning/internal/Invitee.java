package kg.usulduk.planning.internal;

import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** A person a calendar entry concerns: a member invited, the one who gives an open lesson. */
@Table(schema = "planning", name = "calendar_people")
public record Invitee(StaffId staffId) implements ValueObject {
}
