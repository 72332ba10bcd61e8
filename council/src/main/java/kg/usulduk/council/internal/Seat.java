package kg.usulduk.council.internal;

import java.time.LocalDate;

import kg.usulduk.association.AssociationId;
import kg.usulduk.council.MemberRole;
import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's seat on the council (003 §3.1): why they sit on it, for an association head which association, and
 * from when until when. Seats are never deleted: the history of the composition stays.
 */
@Table(schema = "council", name = "seats")
public record Seat(StaffId staffId, MemberRole role, AssociationId association, LocalDate since, LocalDate until,
		String endedBecause) implements ValueObject {

	/** A seat as it begins. */
	public Seat(StaffId staffId, MemberRole role, AssociationId association, LocalDate since, LocalDate until) {
		this(staffId, role, association, since, until, null);
	}

	boolean isCurrent() {
		return until == null;
	}

	Seat endedOn(LocalDate day) {
		return new Seat(staffId, role, association, since, day, null);
	}

	Seat endedOn(LocalDate day, String because) {
		return new Seat(staffId, role, association, since, day, because);
	}
}
