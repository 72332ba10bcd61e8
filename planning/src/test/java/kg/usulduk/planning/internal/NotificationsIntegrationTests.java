package kg.usulduk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;

import kg.usulduk.PlanningTestApplication;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.school.testing.TestDatabase;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The notices of what is coming, on a real PostgreSQL and a real SMTP server in the JVM (GreenMail): scheduling a
 * session tells its members, the reminder job sends the 3-day and the 1-day reminders once each while a clock
 * moves across them, and a restart of the application between them neither loses nor repeats one. Moving the
 * session moves its reminders; cancelling it tells the members and stops them.
 */
class NotificationsIntegrationTests {

	@RegisterExtension
	static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final LocalDate START = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	static final LocalDate SESSION_DAY = START.plusDays(10);

	/** Starts the application as it runs in production, on the given database and clock, with the SMTP server. */
	static ConfigurableApplicationContext start(org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails db,
			MovableClock clock) {
		return new SpringApplicationBuilder(PlanningTestApplication.class)
				.initializers(context -> context.getBeanFactory().registerSingleton("movableClock", clock))
				.properties(Map.of("spring.datasource.url", db.getJdbcUrl(), "spring.datasource.username",
						db.getUsername(), "spring.datasource.password", db.getPassword(), "spring.mail.host", "localhost",
						"spring.mail.port", String.valueOf(ServerSetupTest.SMTP.getPort()), "server.port", "0",
						"usulduk.demo.enabled", "false",
						// The test runs the jobs itself, at the moments it chooses.
						"usulduk.reminders.cron", "-", "usulduk.mail.send-every", "PT24H"))
				.run();
	}

	static List<MimeMessage> mails() {
		return Arrays.asList(smtp.getReceivedMessages());
	}

	static long mailsWhoseSubjectContains(String text) {
		return mails().stream().filter(m -> {
			try {
				return m.getSubject().contains(text);
			}
			catch (Exception e) {
				throw new IllegalStateException(e);
			}
		}).count();
	}

	@Test
	void theMembersAreToldOnceOfTheSessionAndRemindedThreeDaysAndOneDayBeforeAcrossARestart() throws Exception {
		var db = TestDatabase.newDatabase();
		MovableClock clock = MovableClock.at(START);
		TestSchool school;
		Session session;
		try (ConfigurableApplicationContext app = start(db, clock)) {
			school = app.getBean(TestSchools.class).register();
			AssociationManagement associations = app.getBean(AssociationManagement.class);
			Association association = associations.open(school.deputy(), new AssociationManagement.Opening(
					"Математика УБ", AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", START)));
			associations.admit(school.deputy(), association.getId(), null, school.teacher().staffId());
			associations.admit(school.deputy(), association.getId(), null, school.admin().staffId());
			associations.electHead(school.deputy(), association.getId(), null, school.teacher().staffId(),
					new OrderReference("45/1", START));

			session = app.getBean(SessionManagement.class).schedule(school.teacher(), association.getId(), SESSION_DAY,
					LocalTime.of(14, 30), "21-кабинет", List.of(new AgendaItem("Жылдык план", null)));
			Mailbox mailbox = app.getBean(Mailbox.class);
			await().atMost(Duration.ofSeconds(15)).until(() -> {
				mailbox.sendPending();
				return mails().size() == 2;
			});
			assertThat(mails()).allSatisfy(mail -> {
				assertThat(mail.getSubject()).contains("Математика УБ");
				assertThat(mail.getHeader("Content-Language")[0]).isEqualTo("ky");
				assertThat(attachedCalendar(mail)).contains("BEGIN:VEVENT").contains("21-кабинет");
			});
			assertThat(Arrays.stream(smtp.getReceivedMessages()).flatMap(m -> {
				try {
					return Arrays.stream(m.getAllRecipients()).map(Object::toString);
				}
				catch (Exception e) {
					throw new IllegalStateException(e);
				}
			})).containsExactlyInAnyOrder(school.teacher().getUsername() + "@test.example",
					school.admin().getUsername() + "@test.example");

			// Three days before: the first reminder, once, however often the job runs.
			clock.moveTo(SESSION_DAY.minusDays(3));
			Reminders reminders = app.getBean(Reminders.class);
			reminders.remindNow();
			reminders.remindNow();
			mailbox.sendPending();
			mailbox.sendPending();
			assertThat(mails()).hasSize(4);
		}

		// The application restarts; the day before the session comes.
		clock.moveTo(SESSION_DAY.minusDays(1));
		try (ConfigurableApplicationContext app = start(db, clock)) {
			Reminders reminders = app.getBean(Reminders.class);
			Mailbox mailbox = app.getBean(Mailbox.class);
			reminders.remindNow();
			mailbox.sendPending();
			reminders.remindNow();
			mailbox.sendPending();
			assertThat(mails()).hasSize(6);
			assertThat(mailsWhoseSubjectContains("Математика УБ")).isEqualTo(6);
			// The day of the session and after: nothing more.
			clock.moveTo(SESSION_DAY);
			reminders.remindNow();
			mailbox.sendPending();
			assertThat(mails()).hasSize(6);
			assertThat(app.getBean(Inbox.class).count(school.admin())).as("the inbox has the same notices").isEqualTo(3);
		}
	}

	@Test
	void movingTheSessionMovesItsRemindersAndCancellingItStopsThem() throws Exception {
		var db = TestDatabase.newDatabase();
		MovableClock clock = MovableClock.at(START);
		try (ConfigurableApplicationContext app = start(db, clock)) {
			TestSchool school = app.getBean(TestSchools.class).register();
			AssociationManagement associations = app.getBean(AssociationManagement.class);
			SessionManagement sessions = app.getBean(SessionManagement.class);
			Association association = associations.open(school.deputy(), new AssociationManagement.Opening(
					"Тарых УБ", AssociationKind.SUBJECT, List.of("Тарых"), new OrderReference("46", START)));
			associations.admit(school.deputy(), association.getId(), null, school.teacher().staffId());
			associations.electHead(school.deputy(), association.getId(), null, school.teacher().staffId(),
					new OrderReference("46/1", START));
			Session session = sessions.schedule(school.teacher(), association.getId(), SESSION_DAY, LocalTime.of(14, 30),
					null, List.of(new AgendaItem("План", null)));
			Mailbox mailbox = app.getBean(Mailbox.class);
			Reminders reminders = app.getBean(Reminders.class);
			await().atMost(Duration.ofSeconds(15)).until(() -> {
				mailbox.sendPending();
				return mails().size() == 1;
			});

			clock.moveTo(SESSION_DAY.minusDays(3));
			reminders.remindNow();
			mailbox.sendPending();
			assertThat(mails()).hasSize(2);

			// Postponed by three days: the members are told, and the 3-day reminder comes again for the new day.
			sessions.reschedule(school.teacher(), session.getId(), null, SESSION_DAY.plusDays(3), LocalTime.of(15, 0),
					null, "Олимпиада");
			await().atMost(Duration.ofSeconds(15)).until(() -> {
				mailbox.sendPending();
				return mails().size() == 3;
			});
			clock.moveTo(SESSION_DAY);
			reminders.remindNow();
			mailbox.sendPending();
			assertThat(mails()).hasSize(4);

			// Cancelled: the members are told; the 1-day reminder never comes.
			sessions.cancel(school.teacher(), session.getId(), null, "Карантин");
			await().atMost(Duration.ofSeconds(15)).until(() -> {
				mailbox.sendPending();
				return mails().size() == 5;
			});
			clock.moveTo(SESSION_DAY.plusDays(2));
			reminders.remindNow();
			mailbox.sendPending();
			assertThat(mails()).hasSize(5);
			assertThat(attachedCalendar(mails().get(4))).contains("METHOD:CANCEL");
		}
	}

	static String attachedCalendar(MimeMessage mail) throws Exception {
		Multipart parts = (Multipart) mail.getContent();
		for (int i = 0; i < parts.getCount(); i++) {
			var part = parts.getBodyPart(i);
			if (part.getContentType().startsWith("text/calendar")) {
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				part.getDataHandler().writeTo(out);
				return out.toString(java.nio.charset.StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("no calendar entry attached");
	}
}
