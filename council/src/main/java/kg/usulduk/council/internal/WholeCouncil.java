package kg.usulduk.council.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kg.usulduk.association.AssociationId;
import kg.usulduk.council.CouncilBody;
import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.MemberRole;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.springframework.jdbc.core.RowMapper;

/**
 * A council read whole in one statement, its seats as arrays in its row: a page reads the council it shows this way,
 * where Spring Data JDBC would read the seats with a statement of their own.
 */
class WholeCouncil implements RowMapper<Council> {

	static final String SELECT = """
			SELECT c.id, c.school_id, c.school_year, c.body, c.chair, c.secretary, c.secretary_elected_at, c.version,
			  array(SELECT s.staff_id FROM council.seats s WHERE s.council_id = c.id ORDER BY s.position) AS seat_staff,
			  array(SELECT s.role FROM council.seats s WHERE s.council_id = c.id ORDER BY s.position) AS seat_roles,
			  array(SELECT s.association FROM council.seats s WHERE s.council_id = c.id ORDER BY s.position) AS seat_associations,
			  array(SELECT s.since FROM council.seats s WHERE s.council_id = c.id ORDER BY s.position) AS seat_since,
			  array(SELECT s.until FROM council.seats s WHERE s.council_id = c.id ORDER BY s.position) AS seat_until,
			  array(SELECT s.ended_because FROM council.seats s WHERE s.council_id = c.id ORDER BY s.position) AS seat_ended
			FROM council.councils c
			""";

	@Override
	public Council mapRow(ResultSet row, int number) throws SQLException {
		Object[] staff = values(row, "seat_staff");
		Object[] roles = values(row, "seat_roles");
		Object[] associations = values(row, "seat_associations");
		Object[] since = values(row, "seat_since");
		Object[] until = values(row, "seat_until");
		Object[] ended = values(row, "seat_ended");
		List<Seat> seats = new ArrayList<>();
		for (int i = 0; i < staff.length; i++) {
			seats.add(new Seat(new StaffId((UUID) staff[i]), MemberRole.valueOf((String) roles[i]),
					associations[i] == null ? null : new AssociationId((UUID) associations[i]), date(since[i]),
					date(until[i]), (String) ended[i]));
		}
		UUID secretary = row.getObject("secretary", UUID.class);
		UUID electedAt = row.getObject("secretary_elected_at", UUID.class);
		String body = row.getString("body");
		return new Council(new CouncilId(row.getObject("id", UUID.class)),
				new SchoolId(row.getObject("school_id", UUID.class)), row.getInt("school_year"),
				body == null ? null : CouncilBody.valueOf(body), new StaffId(row.getObject("chair", UUID.class)),
				secretary == null ? null : new StaffId(secretary),
				electedAt == null ? null : new CouncilSessionId(electedAt), seats, row.getInt("version"));
	}

	private static Object[] values(ResultSet row, String column) throws SQLException {
		return (Object[]) row.getArray(column).getArray();
	}

	/** The driver gives a date array's elements as {@link java.sql.Date}. */
	private static LocalDate date(Object value) {
		return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
	}
}
