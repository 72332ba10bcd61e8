package kg.usulduk.school;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

import org.springframework.stereotype.Component;

/**
 * What day and hour it is at a school: the injected {@link Clock}'s instant read in the school's time zone (a school
 * setting), never in the server's. Whatever a school decides by date (today, what has passed, the school year it is,
 * when a paper was signed, which reminders are due) asks here.
 * <p>
 * The zone comes from the school's record, which a page reads once ({@code SchoolDirectory} answers from the finders
 * cached per read-only transaction), so asking costs a page no statement once its school is loaded; code that holds
 * the {@link SchoolProfile} already may ask with it and read nothing.
 */
@Component
public class SchoolTime {

	private final SchoolDirectory schools;
	private final Clock clock;

	SchoolTime(SchoolDirectory schools, Clock clock) {
		this.schools = schools;
		this.clock = clock;
	}

	/** The school's time zone; the default zone for a school that does not exist (it has no day of its own). */
	public ZoneId zone(SchoolId school) {
		return schools.zone(school);
	}

	/** The day it is at the school. */
	public LocalDate today(SchoolId school) {
		return today(zone(school));
	}

	/** The day it is at the school whose profile the caller holds. */
	public LocalDate today(SchoolProfile school) {
		return today(school.settings().timeZone());
	}

	/** The day it is in this zone, for callers that already read the school's zone. */
	public LocalDate today(ZoneId zone) {
		return LocalDate.now(clock.withZone(zone));
	}

	/** The school year it is at the school. */
	public SchoolYear schoolYear(SchoolId school) {
		return SchoolYear.of(today(school));
	}

	/** The school's date and hour now. */
	public ZonedDateTime now(SchoolId school) {
		return ZonedDateTime.now(clock.withZone(zone(school)));
	}

	/** This instant, the same at every school: when something happened, to be shown in a school's zone. */
	public Instant instant() {
		return clock.instant();
	}
}
