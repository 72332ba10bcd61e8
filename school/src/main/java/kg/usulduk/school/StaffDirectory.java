package kg.usulduk.school;

import java.util.List;
import java.util.Optional;

/**
 * The staff directory as other contexts see it. Answers only within the school asked about: a staff id
 * of another school is not found.
 */
public interface StaffDirectory {

	Optional<StaffCard> find(SchoolId school, StaffId staff);

	/** Everyone of the school who has not left, by name. */
	List<StaffCard> activeStaff(SchoolId school);
}
