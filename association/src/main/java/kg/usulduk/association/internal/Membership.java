package kg.usulduk.association.internal;

import java.time.LocalDate;

import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** A staff member's time in an association; {@code leftOn} is null while they belong to it. */
@Table(schema = "association", name = "memberships")
public record Membership(StaffId staffId, LocalDate joinedOn, LocalDate leftOn) implements ValueObject {

	boolean isCurrent() {
		return leftOn == null;
	}

	Membership endedOn(LocalDate day) {
		return new Membership(staffId, joinedOn, day);
	}
}
