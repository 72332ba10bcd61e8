package kg.usulduk.school.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The accounts page's read model. */
@Component
public class AccountListing {

	/** One account with its person. */
	public record Row(UUID id, String username, String fullName, Set<Role> roles, boolean enabled, boolean locked,
			Instant lastLoginAt, int version) {
	}

	/** A staff member who may get an account. */
	public record Person(UUID id, String fullName) {
	}

	private final JdbcClient jdbc;

	AccountListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The school's accounts; {@code now} decides which locks still hold. */
	public List<Row> accounts(SchoolId school, Instant now) {
		return jdbc.sql("""
				SELECT a.id, a.username, s.full_name, a.roles, a.enabled, a.locked_until, a.last_login_at, a.version
				  FROM school.accounts a JOIN school.staff s ON s.id = a.staff_id
				 WHERE a.school_id = :school ORDER BY s.full_name""")
				.param("school", school.value())
				.query((rs, n) -> new Row(rs.getObject("id", UUID.class), rs.getString("username"),
						rs.getString("full_name"), roles(rs.getArray("roles")), rs.getBoolean("enabled"),
						locked(instant(rs.getObject("locked_until", OffsetDateTime.class)), now),
						instant(rs.getObject("last_login_at", OffsetDateTime.class)), rs.getInt("version")))
				.list();
	}

	public List<Person> staffWithoutAccount(SchoolId school) {
		return jdbc.sql("""
				SELECT s.id, s.full_name FROM school.staff s
				 WHERE s.school_id = :school AND s.left_on IS NULL
				   AND NOT EXISTS (SELECT 1 FROM school.accounts a WHERE a.staff_id = s.id)
				 ORDER BY s.full_name""")
				.param("school", school.value())
				.query((rs, n) -> new Person(rs.getObject("id", UUID.class), rs.getString("full_name")))
				.list();
	}

	private static Set<Role> roles(Array array) throws SQLException {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
		return roles;
	}

	private static boolean locked(Instant until, Instant now) {
		return until != null && now.isBefore(until);
	}

	private static Instant instant(OffsetDateTime time) {
		return time == null ? null : time.toInstant();
	}
}
