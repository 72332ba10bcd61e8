package kg.usulduk.planning.internal;

import java.util.Objects;
import java.util.Optional;

import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.TypedText;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 001 §6.6: the methodological theme the school works on in a school year, with its goal, priorities and tasks.
 * Set by the deputy or the director; read by everyone of the school and the district observer.
 */
@Service
@Transactional
public class SchoolThemes {

	private final JdbcClient jdbc;
	private final PersonalCalendar calendar;

	SchoolThemes(JdbcClient jdbc, PersonalCalendar calendar) {
		this.jdbc = jdbc;
		this.calendar = calendar;
	}

	/** The theme of a year, as typed (each text trimmed and checked). */
	public record Theme(String theme, String goal, String priorities, String tasks, Integer version) {

		public Theme {
			theme = TypedText.required("theme", theme, 500);
			goal = TypedText.optionalText("goal", goal, 4000);
			priorities = TypedText.optionalText("priorities", priorities, 4000);
			tasks = TypedText.optionalText("tasks", tasks, 4000);
		}
	}

	@Transactional(readOnly = true)
	public Optional<Theme> of(SchoolUser actor, SchoolId school, SchoolYear year) {
		calendar.readableSchool(actor, school);
		return jdbc.sql("""
				select theme, goal, priorities, tasks, version from planning.school_themes
				where school_id = :school and school_year = :year
				""").param("school", school.value()).param("year", year.startYear())
				.query((rs, n) -> new Theme(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getInt(5)))
				.optional();
	}

	/** Sets the year's theme; {@code shownVersion} is the version the person saw (null for a new theme). */
	public void set(SchoolUser actor, SchoolYear year, Theme theme, Integer shownVersion) {
		if (!actor.hasAnyRole(Role.DEPUTY, Role.DIRECTOR)) {
			throw new AccessDeniedException("The school's theme is set by the deputy or the director");
		}
		Optional<Theme> current = of(actor, actor.schoolId(), year);
		if (current.isPresent() && !Objects.equals(current.get().version(), shownVersion)) {
			throw new OptimisticLockingFailureException("The school's theme changed since it was shown");
		}
		jdbc.sql("""
				insert into planning.school_themes (school_id, school_year, theme, goal, priorities, tasks, set_by, version)
				values (:school, :year, :theme, :goal, :priorities, :tasks, :by, 0)
				on conflict (school_id, school_year) do update set theme = :theme, goal = :goal,
				    priorities = :priorities, tasks = :tasks, set_by = :by, version = planning.school_themes.version + 1
				""").param("school", actor.schoolId().value()).param("year", year.startYear())
				.param("theme", theme.theme()).param("goal", theme.goal()).param("priorities", theme.priorities())
				.param("tasks", theme.tasks()).param("by", actor.staffId().value()).update();
	}
}
