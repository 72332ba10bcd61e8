package kg.usulduk.school;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The schools, their settings and their calendars, as other contexts may ask for them. */
public interface SchoolDirectory {

	Optional<SchoolProfile> find(SchoolId school);

	/**
	 * The quarters of a school year as the school set them, or the defaults where it set none.
	 */
	List<Quarter> quarters(SchoolId school, SchoolYear year);

	/** The quarter a day falls in, or empty during holidays and summer. */
	Optional<Quarter> quarterOf(SchoolId school, LocalDate day);
}
