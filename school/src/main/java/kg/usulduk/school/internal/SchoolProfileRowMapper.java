package kg.usulduk.school.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import kg.usulduk.school.DeputyDuty;
import kg.usulduk.school.DistrictId;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.StaffId;

import org.springframework.context.annotation.Lazy;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.relational.domain.RowDocument;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * Reads a school's profile from the one row {@link Schools#findProfile} selects: the school, its district's name and
 * its deputies' duties. Every page asks for the profile (the header, the reading rights, the rules' settings), so it
 * is one statement, not the four that loading the whole {@link School} with its quarters and its district takes.
 * The settings are read by Spring Data's own converter, as when the aggregate is loaded, so a new setting needs no
 * change here.
 */
@Component("schoolProfileRowMapper")
class SchoolProfileRowMapper implements RowMapper<SchoolProfile> {

	static final String SELECT = """
			SELECT s.*, d.name AS district_name,
			       ARRAY(SELECT duty.duty || ' ' || duty.staff_id FROM school.deputy_duties duty
			             WHERE duty.school_id = s.id) AS duty_holders,
			       ARRAY(SELECT q.school_year || ' ' || q.number || ' ' || q.starts_on || ' ' || q.ends_on
			             FROM school.quarters q WHERE q.school_id = s.id) AS quarter_dates
			FROM school.schools s JOIN school.districts d ON d.id = s.district_id
			""";

	/** The years around today whose quarters a page asks for (this year's, the last and the next): answered ahead. */
	private static final int YEARS_AROUND = 2;

	private static final java.lang.reflect.Method FIND_QUARTERS;

	static {
		try {
			FIND_QUARTERS = Schools.class.getMethod("findQuarters", SchoolId.class, int.class);
		}
		catch (NoSuchMethodException e) {
			throw new IllegalStateException(e);
		}
	}

	private final JdbcConverter converter;
	private final java.time.Clock clock;

	SchoolProfileRowMapper(@Lazy JdbcConverter converter, java.time.Clock clock) {
		this.converter = converter;
		this.clock = clock;
	}

	@Override
	public SchoolProfile mapRow(ResultSet row, int number) throws SQLException {
		RowDocument columns = new RowDocument();
		ResultSetMetaData meta = row.getMetaData();
		for (int column = 1; column <= meta.getColumnCount(); column++) {
			Object value = row.getObject(column);
			// The converter reads what the driver gives for simple columns, but an array (the reminders' lead days)
			// it expects as a list, as Spring Data's own row mapper hands it over.
			columns.put(meta.getColumnLabel(column),
					value instanceof Array array ? java.util.Arrays.asList((Object[]) array.getArray()) : value);
		}
		SchoolSettings settings = converter.read(SchoolSettings.class, columns);
		SchoolId id = new SchoolId(row.getObject("id", UUID.class));
		answerQuartersAhead(id, row.getArray("quarter_dates"));
		return new SchoolProfile(id, row.getString("name"),
				row.getString("number"), new DistrictId(row.getObject("district_id", UUID.class)),
				row.getString("district_name"), settings, duties(row.getArray("duty_holders")));
	}

	/**
	 * Issue 14: the page that read the profile asks for the year's quarters next (the start page's quarter, the
	 * compliance rules); they came with the profile (a school sets four a year), so the quarters finder is answered
	 * ahead for every year the school set and, empty, for the years around today it did not: the page saves a
	 * statement. Read all, so an empty answer is never a year that was filtered out.
	 */
	private void answerQuartersAhead(SchoolId school, Array dates) throws SQLException {
		Map<Integer, java.util.List<QuarterDates>> byYear = new java.util.HashMap<>();
		for (Object date : (Object[]) dates.getArray()) {
			String[] parts = ((String) date).split(" ");
			byYear.computeIfAbsent(Integer.valueOf(parts[0]), year -> new java.util.ArrayList<>())
					.add(new QuarterDates(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]),
							java.time.LocalDate.parse(parts[2]), java.time.LocalDate.parse(parts[3])));
		}
		int now = kg.usulduk.school.SchoolYear.of(java.time.LocalDate.now(clock)).startYear();
		for (int year = now - YEARS_AROUND; year <= now + YEARS_AROUND; year++) {
			byYear.putIfAbsent(year, java.util.List.of());
		}
		byYear.forEach((year, quarters) -> ReadOnlyTransactionCache.FinderCache.answerAhead(Schools.class,
				FIND_QUARTERS, java.util.List.of(school, year), java.util.List.copyOf(quarters)));
	}

	private static Map<DeputyDuty, StaffId> duties(Array holders) throws SQLException {
		Map<DeputyDuty, StaffId> duties = new EnumMap<>(DeputyDuty.class);
		for (Object holder : (Object[]) holders.getArray()) {
			String[] parts = ((String) holder).split(" ");
			duties.put(DeputyDuty.valueOf(parts[0]), new StaffId(UUID.fromString(parts[1])));
		}
		return duties;
	}
}
