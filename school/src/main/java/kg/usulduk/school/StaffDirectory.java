package kg.usulduk.school;

import java.util.List;
import java.util.Optional;

/**
 * The staff directory as other contexts see it. Answers only within the school asked about: a staff id
 * of another school is not found.
 */
public interface StaffDirectory {

	Optional<StaffCard> find(SchoolId school, StaffId staff);

	/**
	 * The person named on a form, if they are staff of this school who have not left; otherwise a refusal on
	 * that field. Every reference to a person (a visited colleague, a mentor, a responsible person, a commission
	 * member) goes through here, so that no form can name another school's staff.
	 */
	default StaffCard requireActiveStaff(SchoolId school, StaffId person, String field) {
		if (person == null) {
			throw RuleViolation.onField(field, "validation.required");
		}
		StaffCard card = find(school, person).orElseThrow(() -> RuleViolation.onField(field, "school.staff.notOfSchool"));
		if (!card.active()) {
			throw RuleViolation.onField(field, "school.staff.hasLeft");
		}
		return card;
	}

	/**
	 * Whether the staff member of this school signs in with an account that has this role (a deputy chairs the
	 * council, 003 §4.1); false for someone without an account or of another school.
	 */
	boolean hasRole(SchoolId school, StaffId staff, Role role);

	/** Everyone of the school who has not left, by name. */
	List<StaffCard> activeStaff(SchoolId school);

	/**
	 * Everyone of the school who has not left and signs in with an enabled account that has this role, by name: one
	 * question for a whole list, where asking {@link #hasRole} of each person would be one per person.
	 */
	List<StaffCard> activeStaffWithRole(SchoolId school, Role role);
}
