package kg.usulduk.planning.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import kg.usulduk.school.NavigationBadge;
import kg.usulduk.school.SchoolUser;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/** Each person's in-app notices, with the unread count shown in the navigation, and their choice of channels. */
@Service
@Transactional
public class Inbox implements NavigationBadge {

	private final JdbcClient jdbc;
	private final Clock clock;

	Inbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** A notice as the inbox lists it, with the page of the thing it is about, if any. */
	public record Notice(UUID id, String subject, String body, Instant createdAt, boolean unread, String link) {
	}

	@Override
	public String path() {
		return "/inbox";
	}

	@Override
	@Transactional(readOnly = true)
	public int count(SchoolUser user) {
		// The navigation's badge and the start page's panel both ask on one page: one statement for both.
		Object key = java.util.List.of(Inbox.class, user.staffId());
		if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()
				&& TransactionSynchronizationManager.isSynchronizationActive()) {
			Integer counted = (Integer) TransactionSynchronizationManager.getResource(key);
			if (counted == null) {
				counted = unread(user);
				TransactionSynchronizationManager.bindResource(key, counted);
				Object bound = key;
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void afterCompletion(int status) {
						TransactionSynchronizationManager.unbindResourceIfPossible(bound);
					}
				});
			}
			return counted;
		}
		return unread(user);
	}

	private int unread(SchoolUser user) {
		return jdbc.sql("""
				select count(*) from planning.deliveries
				where staff_id = :staff and channel = 'INBOX' and read_at is null
				""").param("staff", user.staffId().value()).query(Integer.class).single();
	}

	@Transactional(readOnly = true)
	public List<Notice> latest(SchoolUser user, int limit) {
		return jdbc.sql("""
				select id, subject, body, created_at, read_at is null, link from planning.deliveries
				where staff_id = :staff and channel = 'INBOX' order by created_at desc limit :limit
				""").param("staff", user.staffId().value()).param("limit", limit)
				.query((rs, n) -> new Notice(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getTimestamp(4).toInstant(), rs.getBoolean(5), rs.getString(6)))
				.list();
	}

	/** Marks one of the person's own notices read (again: a second click changes nothing); false for another's. */
	public boolean markRead(SchoolUser user, UUID notice) {
		return jdbc.sql("""
				update planning.deliveries set read_at = coalesce(read_at, :now)
				where id = :id and staff_id = :staff and channel = 'INBOX'
				""").param("now", java.sql.Timestamp.from(clock.instant())).param("id", notice)
				.param("staff", user.staffId().value()).update() > 0;
	}

	public void markAllRead(SchoolUser user) {
		jdbc.sql("""
				update planning.deliveries set read_at = :now
				where staff_id = :staff and channel = 'INBOX' and read_at is null
				""").param("now", java.sql.Timestamp.from(clock.instant())).param("staff", user.staffId().value()).update();
	}

	@Transactional(readOnly = true)
	public boolean wantsEmail(SchoolUser user) {
		return jdbc.sql("select by_email from planning.notification_settings where staff_id = :staff")
				.param("staff", user.staffId().value()).query(Boolean.class).optional().orElse(true);
	}

	/** In-app notices are always on; email is the person's choice. */
	public void chooseEmail(SchoolUser user, boolean byEmail) {
		jdbc.sql("""
				insert into planning.notification_settings (staff_id, school_id, by_email, version)
				values (:staff, :school, :email, 0)
				on conflict (staff_id) do update set by_email = :email, version = planning.notification_settings.version + 1
				""").param("staff", user.staffId().value()).param("school", user.schoolId().value())
				.param("email", byEmail).update();
	}
}
