package kg.usulduk.mentorship.internal;

import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a school sets for its mentors (plan IV.1.A leaves it to the school): the minimum experience of a mentor
 * (default 5 years) and the most mentees a mentor takes at once (default 2). Who is young is the school's own setting.
 */
@Component
public class MentorshipSettings {

	public static final int DEFAULT_MENTOR_MINIMUM_YEARS = 5;
	public static final int DEFAULT_MAXIMUM_MENTEES = 2;

	/** A school's values. */
	public record Values(int mentorMinimumYears, int maximumMentees) {

		public Values {
			if (mentorMinimumYears < 0 || mentorMinimumYears > 50) {
				throw RuleViolation.onField("mentorMinimumYears", "mentorship.settings.minimumYearsRange");
			}
			if (maximumMentees < 1 || maximumMentees > 10) {
				throw RuleViolation.onField("maximumMentees", "mentorship.settings.maximumMenteesRange");
			}
		}
	}

	private final JdbcClient jdbc;

	MentorshipSettings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Values of(SchoolId school) {
		return jdbc.sql("SELECT mentor_minimum_years, maximum_mentees FROM mentorship.settings WHERE school_id = ?")
				.param(school.value())
				.query((row, n) -> new Values(row.getInt(1), row.getInt(2))).optional()
				.orElse(new Values(DEFAULT_MENTOR_MINIMUM_YEARS, DEFAULT_MAXIMUM_MENTEES));
	}

	void change(SchoolId school, Values values) {
		jdbc.sql("""
				INSERT INTO mentorship.settings (school_id, mentor_minimum_years, maximum_mentees, version)
				VALUES (:school, :minimum, :maximum, 0)
				ON CONFLICT (school_id) DO UPDATE SET mentor_minimum_years = :minimum, maximum_mentees = :maximum,
				    version = mentorship.settings.version + 1""").param("school", school.value())
				.param("minimum", values.mentorMinimumYears()).param("maximum", values.maximumMentees()).update();
	}
}
