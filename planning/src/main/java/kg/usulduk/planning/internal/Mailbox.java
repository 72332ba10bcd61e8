package kg.usulduk.planning.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the email deliveries over SMTP (Spring's mail support; configured with {@code spring.mail.*}), each in its
 * recipient's language with the calendar entry attached as .ics. A delivery is marked sent in the same transaction
 * that sends it and locks its row, so two instances never both send it; a failed send is retried a few times.
 */
@Component
class Mailbox {

	private static final Logger log = LoggerFactory.getLogger(Mailbox.class);
	private static final int MAX_ATTEMPTS = 5;

	private final JdbcClient jdbc;
	private final ObjectProvider<JavaMailSender> mail;
	private final CalendarEntries entries;
	private final IcsEvents ics;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final String from;

	Mailbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, CalendarEntries entries, IcsEvents ics,
			TransactionTemplate transactions, Clock clock,
			@Value("${usulduk.mail.from:usulduk@localhost}") String from) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.entries = entries;
		this.ics = ics;
		this.transactions = transactions;
		this.clock = clock;
		this.from = from;
	}

	@Scheduled(fixedDelayString = "${usulduk.mail.send-every:PT30S}")
	@SchedulerLock(name = "planning-mail", lockAtMostFor = "PT5M")
	public void everyHalfMinute() {
		sendPending();
	}

	/** Sends what is waiting; returns how many were sent. */
	public int sendPending() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		List<UUID> pending = jdbc.sql("""
				select id from planning.deliveries
				where channel = 'EMAIL' and sent_at is null and attempts < :max order by created_at
				""").param("max", MAX_ATTEMPTS).query(UUID.class).list();
		int sent = 0;
		for (UUID id : pending) {
			try {
				Boolean done = transactions.execute(status -> send(sender, id));
				sent += Boolean.TRUE.equals(done) ? 1 : 0;
			}
			catch (RuntimeException e) {
				log.warn("Could not send notice {}: {}", id, e.getMessage());
				jdbc.sql("update planning.deliveries set attempts = attempts + 1 where id = :id").param("id", id).update();
			}
		}
		return sent;
	}

	private boolean send(JavaMailSender sender, UUID id) {
		var row = jdbc.sql("""
				select email, subject, body, language, entry_id from planning.deliveries
				where id = :id and sent_at is null for update skip locked
				""").param("id", id).query((rs, n) -> new Object[] { rs.getString(1), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getObject(5, UUID.class) }).optional();
		if (row.isEmpty()) {
			return false; // sent meanwhile, or being sent by another instance
		}
		Object[] r = row.get();
		CalendarEntry entry = entries.findById(new kg.usulduk.planning.CalendarEntryId((UUID) r[4])).orElseThrow();
		Locale locale = Locale.forLanguageTag(((String) r[3]).toLowerCase());
		try {
			MimeMessage message = sender.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(from);
			helper.setTo((String) r[0]);
			helper.setSubject((String) r[1]);
			helper.setText((String) r[2]);
			message.setHeader("Content-Language", locale.getLanguage());
			helper.addAttachment("usulduk.ics", new ByteArrayResource(
					ics.invitation(entry, locale).getBytes(StandardCharsets.UTF_8)), "text/calendar; charset=UTF-8");
			jdbc.sql("update planning.deliveries set sent_at = :now where id = :id")
					.param("now", java.sql.Timestamp.from(clock.instant())).param("id", id).update();
			sender.send(message);
			return true;
		}
		catch (jakarta.mail.MessagingException e) {
			throw new IllegalStateException("The notice could not be written: " + e.getMessage(), e);
		}
	}
}
