package kg.usulduk.association;

import java.util.List;
import java.util.Optional;

import kg.usulduk.school.SchoolId;

/**
 * The associations as other contexts may ask for them, e.g. the council for the heads it counts among its
 * members (003 §3.1) when it first forms. Changes after that arrive as events.
 */
public interface AssociationDirectory {

	/** The school's open associations, by name. */
	List<AssociationCard> openAssociations(SchoolId school);

	/** An association of the school, open or closed; empty for another school's association. */
	Optional<AssociationCard> find(SchoolId school, AssociationId association);

	/**
	 * Every association of the school, open or closed, with its name and its current head: one statement for a whole
	 * list, where {@link #find} of each would load each association.
	 */
	List<AssociationHeading> headings(SchoolId school);

	/**
	 * The open associations of each of these schools, with their names and heads: one statement for a district's
	 * schools, for pages that speak of many schools at once (the compliance page of a district observer).
	 */
	java.util.Map<SchoolId, List<AssociationHeading>> openHeadings(java.util.Collection<SchoolId> schools);
}
