package kg.usulduk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * Reminders and the calendar feed by the day and hour at the school, not at the server (issue 13): the server runs
 * in UTC at 20:00 on 1 December, which is 02:00 on 2 December in Bishkek, the test school's zone.
 */
@SpringBootTest(properties = "usulduk.reminders.cron=-")
class SchoolDayIntegrationTests {

	static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);
	static final LocalDate THIRD_OF_DECEMBER = LocalDate.of(2026, 12, 3);

	@TestBean Clock clock;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired SessionManagement sessions;
	@Autowired CalendarEntries entries;
	@Autowired PersonalCalendar calendar;
	@Autowired Reminders reminders;
	@Autowired JdbcClient jdbc;

	static Clock clock() {
		return Clock.fixed(Instant.parse("2026-12-01T20:00:00Z"), ZoneOffset.UTC);
	}

	@Test
	void atTwoInTheMorningInBishkekASessionOnTheThirdIsTomorrowItsReminderIsTheOneDayOneAndTheFeedNamesTheZone()
			throws Exception {
		TestSchool school = testSchools.register();
		var head = school.teacher();
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening("Математика УБ",
				AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", FIRST_OF_DECEMBER)));
		associations.admit(school.deputy(), association.getId(), null, head.staffId());
		associations.admit(school.deputy(), association.getId(), null, school.admin().staffId());
		associations.electHead(school.deputy(), association.getId(), null, head.staffId(),
				new OrderReference("45/1", FIRST_OF_DECEMBER));
		Session session = sessions.schedule(head, association.getId(), THIRD_OF_DECEMBER, LocalTime.of(14, 30),
				"21-кабинет", List.of(new AgendaItem("Жылдык план", null)));
		CalendarEntry entry = await().atMost(Duration.ofSeconds(15)).until(
				() -> entries.findBySourceAndSourceId(EntrySource.ASSOCIATION_SESSION, session.getId().value()).orElse(null),
				java.util.Objects::nonNull);

		reminders.remindNow();

		// One day left at the school (the server, still on the 1st, would count two and send the 3-day reminder).
		assertThat(jdbc.sql("select notice_key from planning.deliveries where entry_id = :entry and notice = 'REMINDER'")
				.param("entry", entry.getId().value()).query(String.class).list())
				.isNotEmpty().allSatisfy(key -> assertThat(key).contains(":reminder-2026-12-03-1:"));

		String feed = calendar.feed(calendar.feedOf(school.admin()).token()).orElseThrow();
		assertThat(feed).contains("BEGIN:VTIMEZONE").contains("TZID:Asia/Bishkek")
				.as("14:30 at the school, whichever zone the calendar app is in")
				.contains("DTSTART;TZID=Asia/Bishkek:20261203T143000");
		Calendar parsed = new CalendarBuilder().build(new StringReader(feed));
		assertThat(parsed.validate().hasErrors()).as(parsed.validate().toString()).isFalse();
	}
}
