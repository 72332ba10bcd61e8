package kg.usulduk.school;

import java.time.LocalDate;
import java.util.List;

import org.jmolecules.ddd.types.ValueObject;

/**
 * What other contexts may know of a staff member: enough to name, reach and classify a person, read from the
 * staff directory so that no context types it twice.
 *
 * @param teachingSince the day the person started teaching; {@code null} for staff who do not teach
 */
public record StaffCard(
		StaffId id,
		SchoolId schoolId,
		String fullName,
		String position,
		List<String> subjects,
		Education education,
		QualificationCategory category,
		LocalDate teachingSince,
		String email,
		Language language,
		boolean active) implements ValueObject {

	public StaffCard {
		subjects = List.copyOf(subjects);
	}

	/** Whole years of teaching experience on the given day. */
	public int yearsOfExperience(LocalDate today) {
		return Experience.years(teachingSince, today);
	}
}
