package kg.usulduk.planning.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mails of a school that could not be sent for a day, for its administrator: who, what, the last error, and
 * "send again".
 */
@Service
@Transactional
public class Outbox {

	private final JdbcClient jdbc;
	private final Mailbox mailbox;

	Outbox(JdbcClient jdbc, Mailbox mailbox) {
		this.jdbc = jdbc;
		this.mailbox = mailbox;
	}

	/** A mail given up on. */
	public record FailedMail(UUID id, String email, String subject, Instant createdAt, Instant failedAt, int attempts,
			String error) {
	}

	@Transactional(readOnly = true)
	public List<FailedMail> failed(SchoolUser admin) {
		requireAdmin(admin);
		return jdbc.sql("""
				select id, email, subject, created_at, failed_at, attempts, last_error from planning.deliveries
				where school_id = :school and channel = 'EMAIL' and failed_at is not null
				order by failed_at desc limit 200
				""").param("school", admin.schoolId().value())
				.query((rs, n) -> new FailedMail(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant(), rs.getTimestamp(5).toInstant(), rs.getInt(6), rs.getString(7)))
				.list();
	}

	/** Puts a failed mail of the administrator's school back in line; the mail job sends it on its next run. */
	public boolean sendAgain(SchoolUser admin, UUID delivery) {
		requireAdmin(admin);
		return mailbox.sendAgain(admin.schoolId(), delivery);
	}

	private static void requireAdmin(SchoolUser user) {
		if (!user.hasRole(Role.ADMIN)) {
			throw new AccessDeniedException("Failed mails are the administrator's");
		}
	}
}
