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
			             WHERE duty.school_id = s.id) AS duty_holders
			FROM school.schools s JOIN school.districts d ON d.id = s.district_id
			""";

	private final JdbcConverter converter;

	SchoolProfileRowMapper(@Lazy JdbcConverter converter) {
		this.converter = converter;
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
		return new SchoolProfile(new SchoolId(row.getObject("id", UUID.class)), row.getString("name"),
				row.getString("number"), new DistrictId(row.getObject("district_id", UUID.class)),
				row.getString("district_name"), settings, duties(row.getArray("duty_holders")));
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
