package kg.usulduk.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The schools, their settings and their calendars, as other contexts may ask for them. */
public interface SchoolDirectory {

	Optional<SchoolProfile> find(SchoolId school);

	/**
	 * The profiles of these schools (a job that goes over many schools at once); the school context answers in one
	 * statement, this default one school after another.
	 */
	default List<SchoolProfile> profiles(java.util.Collection<SchoolId> schools) {
		return schools.stream().distinct().map(this::find).flatMap(Optional::stream).toList();
	}

	/**
	 * The school's time zone (its setting), read from the school's record as {@link #find} reads it; the default
	 * zone for a school that does not exist. Prefer {@link SchoolTime} to reading the zone and a clock apart.
	 */
	java.time.ZoneId zone(SchoolId school);

	/**
	 * The quarters of a school year as the school set them, or the defaults where it set none.
	 */
	List<Quarter> quarters(SchoolId school, SchoolYear year);

	/** The quarter a day falls in, or empty during holidays and summer. */
	Optional<Quarter> quarterOf(SchoolId school, LocalDate day);

	/**
	 * The school, if this person may read it: their own, or for a district observer a school of their district.
	 * Any other is not found, so that one school's users are never told another exists.
	 */
	default SchoolProfile readableBy(SchoolUser actor, SchoolId school) {
		SchoolProfile profile = find(school).orElseThrow(() -> new NotFound("school", school));
		if (!actor.mayRead(school, profile.districtId())) {
			throw new NotFound("school", school);
		}
		return profile;
	}
}
