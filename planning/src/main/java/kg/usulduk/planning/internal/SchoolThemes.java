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
	private final kg.usulduk.council.PedagogicalResolutions resolutions;

	SchoolThemes(JdbcClient jdbc, PersonalCalendar calendar, kg.usulduk.council.PedagogicalResolutions resolutions) {
		this.jdbc = jdbc;
		this.calendar = calendar;
		this.resolutions = resolutions;
	}

	/**
	 * The theme of a year, as typed (each text trimmed and checked), with the pedagogical council's resolution that
	 * adopted it, if recorded.
	 */
	public record Theme(String theme, String goal, String priorities, String tasks, Integer version,
			Adoption adoption) {

		public Theme {
			theme = TypedText.required("theme", theme, 500);
			goal = TypedText.optionalText("goal", goal, 4000);
			priorities = TypedText.optionalText("priorities", priorities, 4000);
			tasks = TypedText.optionalText("tasks", tasks, 4000);
		}

		public Theme(String theme, String goal, String priorities, String tasks, Integer version) {
			this(theme, goal, priorities, tasks, version, null);
		}
	}

	@Transactional(readOnly = true)
	public Optional<Theme> of(SchoolUser actor, SchoolId school, SchoolYear year) {
		calendar.readableSchool(actor, school);
		return jdbc.sql("""
				select theme, goal, priorities, tasks, version, adopted_session, adopted_item, adopted_number, adopted_date
				from planning.school_themes
				where school_id = :school and school_year = :year
				""").param("school", school.value()).param("year", year.startYear())
				.query((rs, n) -> new Theme(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
						rs.getInt(5), rs.getObject(6) == null ? null
								: new Adoption(new kg.usulduk.council.CouncilSessionId(rs.getObject(6, java.util.UUID.class)),
										rs.getInt(7), rs.getInt(8), rs.getObject(9, java.time.LocalDate.class))))
				.optional();
	}

	/** The pedagogical council's resolutions of the year that adopt the theme, to choose from. */
	@Transactional(readOnly = true)
	public java.util.List<kg.usulduk.council.PedagogicalResolutions.Resolution> adoptingResolutions(SchoolId school,
			SchoolYear year) {
		return resolutions.adoptedIn(school, year).stream()
				.filter(r -> r.kind() == kg.usulduk.council.DecisionKind.ADOPT_THEME).toList();
	}

	/**
	 * 001 §5.2, §6.6: the deputy or the director records the pedagogical council's resolution that adopted the year's
	 * theme — one of that year's resolutions adopting the theme.
	 */
	public void recordAdoption(SchoolUser actor, SchoolYear year, kg.usulduk.council.PedagogicalResolutions.ResolutionRef ref,
			Integer shownVersion) {
		if (!actor.hasAnyRole(Role.DEPUTY, Role.DIRECTOR) || actor.isReadOnly()) {
			throw new AccessDeniedException("The deputy or the director records the theme's adoption");
		}
		Theme current = of(actor, actor.schoolId(), year)
				.orElseThrow(() -> kg.usulduk.school.RuleViolation.of("planning.adoption.noTheme"));
		if (!Objects.equals(current.version(), shownVersion)) {
			throw new OptimisticLockingFailureException("The school's theme changed since it was shown");
		}
		Adoption adoption = Adoption.by(resolutions.find(actor.schoolId(), ref).orElse(null), year,
				kg.usulduk.council.DecisionKind.ADOPT_THEME);
		if (store(actor.schoolId(), year, adoption, shownVersion) == 0) {
			throw new OptimisticLockingFailureException("The school's theme changed since it was shown");
		}
	}

	/**
	 * Stores the adoption on the year's theme at the version shown, or, without a version, only where none is
	 * recorded yet (the demo); answers how many themes changed.
	 */
	public int store(SchoolId school, SchoolYear year, Adoption adoption, Integer shownVersion) {
		return jdbc.sql("""
				update planning.school_themes set adopted_session = :session, adopted_item = :item,
				    adopted_number = :number, adopted_date = :date, version = version + 1
				where school_id = :school and school_year = :year
				  and (version = :version or (cast(:version as integer) is null and adopted_session is null))
				""").param("session", adoption.session().value()).param("item", adoption.item())
				.param("number", adoption.number()).param("date", adoption.date())
				.param("school", school.value()).param("year", year.startYear())
				.param("version", shownVersion, java.sql.Types.INTEGER).update();
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
				    priorities = :priorities, tasks = :tasks, set_by = :by, version = planning.school_themes.version + 1,
				    -- a theme reworded after its adoption is no longer the theme the pedagogical council adopted
				    adopted_session = case when planning.school_themes.theme = :theme then planning.school_themes.adopted_session end,
				    adopted_item = case when planning.school_themes.theme = :theme then planning.school_themes.adopted_item end,
				    adopted_number = case when planning.school_themes.theme = :theme then planning.school_themes.adopted_number end,
				    adopted_date = case when planning.school_themes.theme = :theme then planning.school_themes.adopted_date end
				""").param("school", actor.schoolId().value()).param("year", year.startYear())
				.param("theme", theme.theme()).param("goal", theme.goal()).param("priorities", theme.priorities())
				.param("tasks", theme.tasks()).param("by", actor.staffId().value()).update();
	}
}
