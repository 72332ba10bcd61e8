package kg.usulduk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.mail.internet.MimeMessage;

import kg.usulduk.PlanningTestApplication;
import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.CouncilSessionRescheduled;
import kg.usulduk.council.CouncilSessionScheduled;
import kg.usulduk.council.CouncilTaskDue;
import kg.usulduk.council.CouncilTaskId;
import kg.usulduk.council.CouncilTaskOverdue;
import kg.usulduk.school.testing.TestDatabase;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Mail that survives an SMTP outage and a stalled server, on a real PostgreSQL and a real SMTP server in the JVM
 * (GreenMail): attempts back off, a day later the mail is given up and shown to the administrator, who sends it
 * again; a server that never answers holds no database lock and no other job; the attachment says what its notice
 * says; the council's tasks reach the person responsible.
 */
class MailReliabilityIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final LocalDate START = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	static ConfigurableApplicationContext start(JdbcConnectionDetails db, MovableClock clock, int smtpPort,
			Map<String, Object> more) {
		Map<String, Object> properties = new HashMap<>(Map.of("spring.datasource.url", db.getJdbcUrl(),
				"spring.datasource.username", db.getUsername(), "spring.datasource.password", db.getPassword(),
				"spring.mail.host", "localhost", "spring.mail.port", String.valueOf(smtpPort), "server.port", "0",
				"usulduk.demo.enabled", "false", "usulduk.reminders.cron", "-", "usulduk.mail.send-every", "PT24H"));
		properties.putAll(more);
		return new SpringApplicationBuilder(PlanningTestApplication.class)
				.initializers(context -> context.getBeanFactory().registerSingleton("movableClock", clock))
				.properties(properties).run();
	}

	static void publish(ConfigurableApplicationContext app, Object event) {
		app.getBean(TransactionTemplate.class)
				.executeWithoutResult(status -> app.publishEvent(event));
	}

	static Map<String, Object> emailOf(ConfigurableApplicationContext app, String noticeKeyPart) {
		return await().atMost(Duration.ofSeconds(15)).until(() -> app.getBean(JdbcClient.class).sql("""
				select id, notice_key, attempts, next_attempt_at, failed_at, sent_at, last_error from planning.deliveries
				where channel = 'EMAIL' and notice_key like :key
				""").param("key", "%" + noticeKeyPart + "%").query().listOfRows(), rows -> rows.size() == 1).get(0);
	}

	@Test
	void aMailThatCannotBeSentIsTriedLaterAndLaterGivenUpAfterADayAndSentAgainByTheAdministrator() throws Exception {
		MovableClock clock = MovableClock.at(START);
		try (ConfigurableApplicationContext app = start(TestDatabase.newDatabase(), clock,
				ServerSetupTest.SMTP.getPort(), Map.of())) {
			TestSchool school = app.getBean(TestSchools.class).register();
			CouncilTaskId task = CouncilTaskId.random();
			publish(app, new CouncilTaskDue(school.id(), CouncilId.random(), task, "Ачык сабактардын графигин түзүү",
					school.teacher().staffId(), START.plusDays(3)));
			Map<String, Object> delivery = emailOf(app, task.value().toString());
			Mailbox mailbox = app.getBean(Mailbox.class);
			JdbcClient jdbc = app.getBean(JdbcClient.class);

			smtp.stop();
			assertThat(mailbox.sendPending()).isZero();
			assertThat(mailbox.sendPending()).as("not again before its pause has passed").isZero();
			assertThat(emailOf(app, task.value().toString())).containsEntry("attempts", 1);
			List<Duration> pauses = new ArrayList<>();
			for (int attempt = 2; attempt <= 4; attempt++) {
				clock.advance(Duration.ofMinutes(10));
				mailbox.sendPending();
				Map<String, Object> row = emailOf(app, task.value().toString());
				assertThat(row).containsEntry("attempts", attempt).containsEntry("failed_at", null);
				pauses.add(Duration.between(clock.instant(), ((java.sql.Timestamp) row.get("next_attempt_at")).toInstant()));
			}
			assertThat(pauses).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4));

			clock.advance(Duration.ofDays(1));
			mailbox.sendPending();
			assertThat(emailOf(app, task.value().toString()).get("failed_at")).isNotNull();
			Outbox outbox = app.getBean(Outbox.class);
			assertThat(outbox.failed(school.admin())).singleElement()
					.satisfies(failed -> assertThat(failed.email()).startsWith(school.teacher().getUsername()));
			assertThat(outbox.failed(app.getBean(TestSchools.class).register().admin()))
					.as("another school's administrator sees none").isEmpty();

			smtp.start();
			assertThat(outbox.sendAgain(school.admin(), (UUID) delivery.get("id"))).isTrue();
			assertThat(mailbox.sendPending()).isOne();
			MimeMessage mail = smtp.getReceivedMessages()[0];
			assertThat(mail.getMessageID()).isEqualTo(Mailbox.messageId((String) delivery.get("notice_key")));
			assertThat(outbox.failed(school.admin())).isEmpty();
			assertThat(jdbc.sql("select count(*) from planning.deliveries where sent_at is not null")
					.query(Integer.class).single()).isOne();
		}
	}

	@Test
	void theCouncilsTaskDueAndOverdueReachTheResponsiblePersonOnceEachInTheInboxAndByMail() throws Exception {
		MovableClock clock = MovableClock.at(START);
		try (ConfigurableApplicationContext app = start(TestDatabase.newDatabase(), clock,
				ServerSetupTest.SMTP.getPort(), Map.of())) {
			TestSchool school = app.getBean(TestSchools.class).register();
			CouncilTaskId task = CouncilTaskId.random();
			CouncilId council = CouncilId.random();
			var due = new CouncilTaskDue(school.id(), council, task, "Ачык сабактардын графигин түзүү",
					school.teacher().staffId(), START.plusDays(3));
			var overdue = new CouncilTaskOverdue(school.id(), council, task, "Ачык сабактардын графигин түзүү",
					school.teacher().staffId(), START.plusDays(3));
			publish(app, due);
			publish(app, due);
			publish(app, overdue);
			publish(app, overdue);
			Inbox inbox = app.getBean(Inbox.class);
			await().atMost(Duration.ofSeconds(15)).until(() -> inbox.count(school.teacher()) == 2);
			Mailbox mailbox = app.getBean(Mailbox.class);
			mailbox.sendPending();
			await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
			mailbox.sendPending();

			assertThat(inbox.count(school.teacher())).isEqualTo(2);
			assertThat(inbox.latest(school.teacher(), 10)).extracting(Inbox.Notice::subject)
					.allMatch(subject -> subject.contains("Ачык сабактардын графигин түзүү"));
			assertThat(smtp.getReceivedMessages()).hasSize(2);
			assertThat(inbox.count(school.deputy())).as("nobody else").isZero();
		}
	}

	@Test
	void theAttachedInvitationSaysWhatItsNoticeSaysAndHasAnOrganizer() throws Exception {
		MovableClock clock = MovableClock.at(START);
		try (ConfigurableApplicationContext app = start(TestDatabase.newDatabase(), clock,
				ServerSetupTest.SMTP.getPort(), Map.of())) {
			TestSchool school = app.getBean(TestSchools.class).register();
			CouncilSessionId session = CouncilSessionId.random();
			CouncilId council = CouncilId.random();
			var invited = List.of(school.deputy().staffId());
			publish(app, new CouncilSessionScheduled(school.id(), council, session, START.plusDays(5),
					LocalTime.of(14, 0), "Зал", List.of("Иш планы"), invited));
			emailOf(app, "SCHEDULED:COUNCIL_SESSION:" + session.value());
			// Moved before the first mail went out (the SMTP server was down, say).
			publish(app, new CouncilSessionRescheduled(school.id(), council, session, START.plusDays(5),
					START.plusDays(7), LocalTime.of(15, 0), "Зал", "Себеп", invited));
			emailOf(app, "MOVED:COUNCIL_SESSION:" + session.value());
			app.getBean(Mailbox.class).sendPending();

			assertThat(smtp.getReceivedMessages()).hasSize(2);
			for (MimeMessage mail : smtp.getReceivedMessages()) {
				Calendar invitation = new CalendarBuilder()
						.build(new StringReader(NotificationsIntegrationTests.attachedCalendar(mail)));
				assertThat(invitation.validate().hasErrors()).as(invitation.validate().toString()).isFalse();
				VEvent event = (VEvent) invitation.getComponent("VEVENT").orElseThrow();
				assertThat(event.getProperty("ORGANIZER")).isPresent();
				String start = event.getStartDate().orElseThrow().getValue();
				if (mail.getSubject().contains(kg.usulduk.school.Dates.date(START.plusDays(7),
						java.util.Locale.forLanguageTag(mail.getHeader("Content-Language")[0])))) {
					assertThat(start).startsWith(compact(START.plusDays(7)) + "T150000");
				}
				else {
					assertThat(start).as("the first notice's mail invites to the first day")
							.startsWith(compact(START.plusDays(5)) + "T140000");
				}
			}
		}
	}

	@Test
	void aStalledMailServerHoldsNoDatabaseLockNorTheOtherJobsAndLetsGoOfTheMailLockWithinAMinute() throws Exception {
		MovableClock clock = MovableClock.at(START);
		try (ServerSocket stalled = new ServerSocket(0)) {
			List<Socket> accepted = new ArrayList<>();
			Thread acceptor = new Thread(() -> {
				try {
					while (true) {
						accepted.add(stalled.accept()); // and never answer
					}
				}
				catch (Exception closed) {
					// the test is over
				}
			});
			acceptor.setDaemon(true);
			acceptor.start();
			try (ConfigurableApplicationContext app = start(TestDatabase.newDatabase(), clock, stalled.getLocalPort(),
					Map.of("spring.mail.properties.mail.smtp.timeout", "8000", "usulduk.mail.send-every", "PT1S",
							"usulduk.reminders.cron", "* * * * * *"))) {
				TestSchool school = app.getBean(TestSchools.class).register();
				CouncilTaskId task = CouncilTaskId.random();
				publish(app, new CouncilTaskDue(school.id(), CouncilId.random(), task, "Тапшырма",
						school.teacher().staffId(), START.plusDays(3)));
				JdbcClient jdbc = app.getBean(JdbcClient.class);
				// The mail job has claimed the delivery and waits for the server's greeting.
				await().atMost(Duration.ofSeconds(15)).until(() -> !accepted.isEmpty()
						&& (Integer) emailOf(app, task.value().toString()).get("attempts") == 1);
				Object remindersRanAt = lockedAt(jdbc, "planning-reminders");

				// No transaction waits on the mail server with the delivery's row locked.
				app.getBean(TransactionTemplate.class).executeWithoutResult(status -> jdbc.sql("""
						select id from planning.deliveries where notice_key like :key for update nowait
						""").param("key", "%" + task.value() + "%").query().listOfRows());
				assertThat(jdbc.sql("""
						select extract(epoch from lock_until - now()) from planning.shedlock where name = 'planning-mail'
						""").query(Double.class).single()).as("a dead instance's lock runs out within a minute")
						.isLessThanOrEqualTo(60);
				await().atMost(Duration.ofSeconds(5)).until(() -> !lockedAt(jdbc, "planning-reminders").equals(remindersRanAt));

				// The read timeout ends the attempt; the delivery waits for its next one.
				await().atMost(Duration.ofSeconds(20)).until(() -> emailOf(app, task.value().toString()).get("last_error") != null);
				assertThat(emailOf(app, task.value().toString())).containsEntry("sent_at", null).containsEntry("failed_at", null);
			}
			finally {
				for (Socket socket : accepted) {
					socket.close();
				}
			}
		}
	}

	private static Object lockedAt(JdbcClient jdbc, String job) {
		return jdbc.sql("select locked_at from planning.shedlock where name = :name").param("name", job).query()
				.optionalValue().orElse("never");
	}

	private static String compact(LocalDate day) {
		return day.toString().replace("-", "");
	}
}
