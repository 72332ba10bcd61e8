package kg.usulduk.association;

import java.util.List;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;

/**
 * What other contexts may know of an open association: its name, its current head (null while it has none)
 * and its current members.
 */
public record AssociationCard(AssociationId id, SchoolId school, String name, AssociationKind kind, StaffId head,
		List<StaffId> members) implements ValueObject {

	public AssociationCard {
		members = List.copyOf(members);
	}
}
