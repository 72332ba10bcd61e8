package kg.usulduk.planning.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the email deliveries over SMTP (Spring's mail support; configured with {@code spring.mail.*}), each in its
 * recipient's language with the invitation written when the notice was made attached as .ics.
 * <p>
 * No database transaction is open while the SMTP server is talked to: a delivery is first claimed for a while (one
 * atomic update, committed), then sent, then marked sent. A server that stalls holds no row lock, and an instance
 * that dies mid-send leaves a claim that runs out, so another instance sends the mail again. Delivery is therefore
 * at least once; a resend carries the same {@code Message-ID}, derived from the delivery's unique key, so mail
 * clients and servers can recognise the duplicate. A failed attempt waits twice as long as the one before (from
 * half a minute up to an hour) until the notice is {@code usulduk.mail.give-up-after} old (a day); then the
 * delivery is marked failed, logged as an ERROR, and listed for the administrator, who may send it again.
 */
@Component
class Mailbox {

	private static final Logger log = LoggerFactory.getLogger(Mailbox.class);
	private static final Duration FIRST_PAUSE = Duration.ofSeconds(30);
	private static final Duration LONGEST_PAUSE = Duration.ofHours(1);

	private final JdbcClient jdbc;
	private final ObjectProvider<JavaMailSender> mail;
	private final CalendarEntries entries;
	private final IcsEvents ics;
	private final Clock clock;
	private final String from;
	private final Duration giveUpAfter;
	private final Duration claimFor;

	Mailbox(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, CalendarEntries entries, IcsEvents ics, Clock clock,
			@Value("${usulduk.mail.from:usulduk@localhost}") String from,
			@Value("${usulduk.mail.give-up-after:P1D}") Duration giveUpAfter,
			@Value("${usulduk.mail.claim-for:PT2M}") Duration claimFor) {
		this.jdbc = jdbc;
		this.mail = mail;
		this.entries = entries;
		this.ics = ics;
		this.clock = clock;
		this.from = from;
		this.giveUpAfter = giveUpAfter;
		this.claimFor = claimFor;
	}

	/**
	 * The mail job. Its lock is short and kept alive while the run works (ShedLock's keep-alive, see
	 * {@link SchedulingConfiguration}): after a crash another instance takes over within {@code lockAtMostFor}.
	 */
	@Scheduled(fixedDelayString = "${usulduk.mail.send-every:PT30S}")
	@SchedulerLock(name = "planning-mail", lockAtMostFor = "PT40S")
	public void everyHalfMinute() {
		sendPending();
	}

	/** Sends what is due; returns how many were sent. */
	public int sendPending() {
		JavaMailSender sender = mail.getIfAvailable();
		if (sender == null) {
			return 0;
		}
		int sent = 0;
		for (Optional<Claimed> next = claimNext(); next.isPresent(); next = claimNext()) {
			sent += send(sender, next.get()) ? 1 : 0;
		}
		return sent;
	}

	/** A delivery claimed by this instance until {@code claimFor} has passed. */
	private record Claimed(UUID id, String email, String subject, String body, String language, String attachment,
			UUID entry, String key, Instant tryingSince, int attempts) {
	}

	private Optional<Claimed> claimNext() {
		Instant now = clock.instant();
		// One statement in its own (auto-committed) transaction: the row is claimed before any SMTP traffic.
		return jdbc.sql("""
				update planning.deliveries set claimed_until = :until, attempts = attempts + 1
				where id = (
				    select id from planning.deliveries
				    where channel = 'EMAIL' and sent_at is null and failed_at is null
				      and (next_attempt_at is null or next_attempt_at <= :now)
				      and (claimed_until is null or claimed_until < :now)
				    order by created_at limit 1 for update skip locked)
				returning id, email, subject, body, language, attachment, entry_id, notice_key,
				    coalesce(trying_since, created_at), attempts
				""").param("until", Timestamp.from(now.plus(claimFor))).param("now", Timestamp.from(now))
				.query((rs, n) -> new Claimed(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
						rs.getString(4), rs.getString(5), rs.getString(6), rs.getObject(7, UUID.class), rs.getString(8),
						rs.getTimestamp(9).toInstant(), rs.getInt(10)))
				.optional();
	}

	private boolean send(JavaMailSender sender, Claimed delivery) {
		try {
			sender.send(message(sender, delivery));
		}
		catch (RuntimeException | MessagingException e) {
			failed(delivery, e);
			return false;
		}
		jdbc.sql("update planning.deliveries set sent_at = :now, claimed_until = null, last_error = null where id = :id")
				.param("now", Timestamp.from(clock.instant())).param("id", delivery.id()).update();
		return true;
	}

	private void failed(Claimed delivery, Exception e) {
		Instant now = clock.instant();
		String error = String.valueOf(e.getMessage());
		error = error.length() > 500 ? error.substring(0, 500) : error;
		if (!now.isBefore(delivery.tryingSince().plus(giveUpAfter))) {
			log.error("Gave up sending notice {} to {} after {} attempts since {}: {}", delivery.id(), delivery.email(),
					delivery.attempts(), delivery.tryingSince(), error);
			jdbc.sql("""
					update planning.deliveries set failed_at = :now, claimed_until = null, last_error = :error
					where id = :id
					""").param("now", Timestamp.from(now)).param("error", error).param("id", delivery.id()).update();
			return;
		}
		Instant next = now.plus(pauseAfter(delivery.attempts()));
		log.warn("Could not send notice {} (attempt {}), trying again at {}: {}", delivery.id(), delivery.attempts(),
				next, error);
		jdbc.sql("""
				update planning.deliveries set next_attempt_at = :next, claimed_until = null, last_error = :error
				where id = :id
				""").param("next", Timestamp.from(next)).param("error", error).param("id", delivery.id()).update();
	}

	/** 30 s, 1 min, 2 min, ... up to an hour between attempts. */
	static Duration pauseAfter(int attempts) {
		int doublings = Math.min(Math.max(attempts - 1, 0), 20);
		Duration pause = FIRST_PAUSE.multipliedBy(1L << doublings);
		return pause.compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause;
	}

	/** The same delivery always has the same Message-ID, so a resend after a crash is recognisably the same mail. */
	static String messageId(String noticeKey) {
		return "<" + UUID.nameUUIDFromBytes(("EMAIL:" + noticeKey).getBytes(StandardCharsets.UTF_8)) + "@usulduk>";
	}

	private MimeMessage message(JavaMailSender sender, Claimed delivery) throws MessagingException {
		Session session = sender instanceof JavaMailSenderImpl impl ? impl.getSession()
				: Session.getInstance(new Properties());
		String messageId = messageId(delivery.key());
		MimeMessage message = new MimeMessage(session) {
			@Override
			protected void updateMessageID() throws MessagingException {
				setHeader("Message-ID", messageId);
			}
		};
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(from);
		helper.setTo(delivery.email());
		helper.setSubject(delivery.subject());
		helper.setText(delivery.body());
		Locale locale = Locale.forLanguageTag(delivery.language().toLowerCase());
		message.setHeader("Content-Language", locale.getLanguage());
		String attachment = delivery.attachment();
		if (attachment == null && delivery.entry() != null) {
			// Only deliveries made before the invitation was stored with the notice (migration V9) get here.
			attachment = entries.findById(new kg.usulduk.planning.CalendarEntryId(delivery.entry()))
					.map(entry -> ics.invitation(entry, locale)).orElse(null);
		}
		if (attachment != null) {
			helper.addAttachment("usulduk.ics", new ByteArrayResource(attachment.getBytes(StandardCharsets.UTF_8)),
					"text/calendar; charset=UTF-8");
		}
		return message;
	}

	/** The administrator's "send again": a failed delivery of their school is due at once, with a fresh day. */
	boolean sendAgain(kg.usulduk.school.SchoolId school, UUID delivery) {
		return jdbc.sql("""
				update planning.deliveries set failed_at = null, next_attempt_at = null, claimed_until = null,
				    attempts = 0, trying_since = :now
				where id = :id and school_id = :school and channel = 'EMAIL' and failed_at is not null
				""").param("now", Timestamp.from(clock.instant())).param("id", delivery).param("school", school.value())
				.update() == 1;
	}
}
