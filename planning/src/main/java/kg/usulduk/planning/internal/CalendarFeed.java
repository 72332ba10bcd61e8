package kg.usulduk.planning.internal;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A person's iCalendar feed: a secret link a calendar app can read without signing in. Revoking replaces the
 * secret, so the old link stops working at once.
 */
@Table(schema = "planning", name = "calendar_feeds")
public class CalendarFeed implements AggregateRoot<CalendarFeed, StaffId> {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final @Id StaffId staffId;
	private final SchoolId schoolId;
	private String token;
	private Instant issuedAt;
	private @Version Integer version;

	@PersistenceCreator
	CalendarFeed(StaffId staffId, SchoolId schoolId, String token, Instant issuedAt, Integer version) {
		this.staffId = staffId;
		this.schoolId = schoolId;
		this.token = token;
		this.issuedAt = issuedAt;
		this.version = version;
	}

	public static CalendarFeed issue(SchoolId school, StaffId person, Instant now) {
		return new CalendarFeed(person, school, newToken(), now, null);
	}

	/** The old link stops working; a new one replaces it. */
	public void revoke(Instant now) {
		this.token = newToken();
		this.issuedAt = now;
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	@Override
	public StaffId getId() {
		return staffId;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public String token() {
		return token;
	}

	public Instant issuedAt() {
		return issuedAt;
	}
}
