package kg.usulduk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

import kg.usulduk.council.CouncilEventCancelled;
import kg.usulduk.council.CouncilEventHeld;
import kg.usulduk.council.CouncilEventId;
import kg.usulduk.council.CouncilEventKind;
import kg.usulduk.council.CouncilEventRescheduled;
import kg.usulduk.council.CouncilEventScheduled;
import kg.usulduk.council.CouncilId;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The council's events (000 §2.3) in the school calendar: one entry spanning the event's days, the people it concerns
 * told once, and the same entry whatever order its events are processed in, replayed or raced.
 */
@SpringBootTest
class CouncilEventsInCalendarIntegrationTests {

	static final LocalDate DAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE).plusDays(10);

	@Autowired TestSchools testSchools;
	@Autowired CalendarEntries entries;
	@Autowired Notifier notifier;
	@Autowired IcsEvents ics;
	@Autowired JdbcClient jdbc;
	@Autowired TransactionTemplate transactions;
	@Autowired ApplicationEventPublisher publisher;

	TestSchool school;
	CouncilEventsInCalendar listener;

	@BeforeEach
	void setUp() {
		school = testSchools.register();
		// Built by hand so that each event is processed at once, in the order the test gives, in its own transaction.
		listener = new CouncilEventsInCalendar(new SchoolCalendar(entries, notifier, jdbc));
	}

	/** Pedagogical readings over two days: scheduled, moved twice, then held or cancelled. */
	record Life(CouncilEventScheduled scheduled, CouncilEventRescheduled firstMove, CouncilEventRescheduled secondMove,
			CouncilEventHeld held, CouncilEventCancelled cancelled) {

		static Life of(TestSchool school, String life) {
			LocalDate last = DAY.plusDays(life.contains("2") ? 4 : 2);
			CouncilId council = CouncilId.random();
			CouncilEventId event = CouncilEventId.random();
			StaffId responsible = school.teacher().staffId();
			List<StaffId> invited = List.of(responsible, school.deputy().staffId(), school.director().staffId());
			CouncilEventKind kind = CouncilEventKind.PEDAGOGICAL_READINGS;
			return new Life(
					new CouncilEventScheduled(school.id(), council, event, kind, "Окуулар", "Функционалдык сабаттуулук",
							DAY, DAY.plusDays(1), LocalTime.of(14, 0), "Китепкана", responsible, invited),
					new CouncilEventRescheduled(school.id(), council, event, kind, "Окуулар", DAY, DAY.plusDays(2),
							DAY.plusDays(3), LocalTime.of(15, 0), "Акт залы", "Олимпиада", responsible, invited),
					new CouncilEventRescheduled(school.id(), council, event, kind, "Окуулар", DAY.plusDays(2),
							DAY.plusDays(4), DAY.plusDays(5), LocalTime.of(15, 0), "Акт залы", "Карантин", responsible,
							invited),
					new CouncilEventHeld(school.id(), council, event, kind, "Окуулар", last, last.plusDays(1), "Өттү", 30,
							responsible),
					new CouncilEventCancelled(school.id(), council, event, kind, "Окуулар", last, last.plusDays(1),
							"Себеп", responsible, invited));
		}

		List<Object> events(String names) {
			return CalendarConvergenceIntegrationTests.inOrder(names, scheduled, firstMove, secondMove, held, cancelled);
		}
	}

	@Test
	void aCouncilEventIsOneEntrySpanningItsDaysAndEveryoneItConcernsIsToldOnce() {
		Life life = Life.of(school, "S");
		process(life.scheduled());
		process(life.scheduled());

		CalendarEntry entry = entryOf(life);
		assertThat(entry.startsOn()).isEqualTo(DAY);
		assertThat(entry.endsOn()).isEqualTo(DAY.plusDays(1));
		assertThat(entry.kind()).isEqualTo("COUNCIL_PEDAGOGICAL_READINGS");
		assertThat(entry.detail()).isEqualTo("Функционалдык сабаттуулук");
		assertThat(ics.summary(entry, Locale.ENGLISH)).isEqualTo("Council: pedagogical readings: Окуулар");
		assertThat(ics.feed(List.of(entry), Locale.ENGLISH, java.time.ZoneId.of("Asia/Bishkek"), "School 12")).as("a span of whole days in calendar apps")
				.contains("DTSTART;VALUE=DATE:").contains("DTEND;VALUE=DATE:");
		assertThat(noticesOf(entry)).as("one notice in the inbox of each person it concerns, replayed or not")
				.isEqualTo(life.scheduled().invited().size());

		process(life.firstMove());
		process(life.firstMove());
		entry = entryOf(life);
		assertThat(entry.startsOn()).isEqualTo(DAY.plusDays(2));
		assertThat(entry.endsOn()).isEqualTo(DAY.plusDays(3));
		assertThat(noticesOf(entry)).isEqualTo(2 * life.scheduled().invited().size());
	}

	@ParameterizedTest(name = "{1} ends as {0}")
	@MethodSource("kg.usulduk.planning.internal.CalendarConvergenceIntegrationTests#everyOrder")
	void eachOrderOfACouncilEventsEventsEndsInTheSameEntry(String inOrder, String order) {
		Life life = Life.of(school, inOrder);
		life.events(inOrder).forEach(this::process);
		CalendarEntry expected = entryOf(life);

		Life again = Life.of(school, inOrder);
		again.events(order).forEach(this::process);
		again.events(order).forEach(this::process);

		CalendarConvergenceIntegrationTests.assertSameEntry(entryOf(again), expected);
	}

	@Test
	void parallelEventsOfOneCouncilEventLeaveOneEntryAndNoIncompletePublication() throws Exception {
		Life life = Life.of(school, "S12");
		List<Object> all = life.events("S12");
		CalendarConvergenceIntegrationTests.publishAtOnce(all, transactions, publisher);

		String event = life.scheduled().event().value().toString();
		await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE serialized_event LIKE :event AND listener_id LIKE '%CouncilEventsInCalendar%'
				  AND completion_date IS NULL
				""").param("event", "%" + event + "%").query(Integer.class).single()).isZero());
		CalendarEntry entry = entryOf(life);
		assertThat(entry.startsOn()).isEqualTo(DAY.plusDays(4));
		assertThat(entry.endsOn()).isEqualTo(DAY.plusDays(5));
		assertThat(jdbc.sql("SELECT count(*) FROM planning.calendar_entries WHERE source_id = :id")
				.param("id", life.scheduled().event().value()).query(Integer.class).single()).isOne();
	}

	private int noticesOf(CalendarEntry entry) {
		return jdbc.sql("SELECT count(*) FROM planning.deliveries WHERE entry_id = :entry AND channel = 'INBOX'")
				.param("entry", entry.getId().value()).query(Integer.class).single();
	}

	private void process(Object event) {
		transactions.executeWithoutResult(status -> {
			if (event instanceof CouncilEventScheduled e) {
				listener.on(e);
			}
			else if (event instanceof CouncilEventRescheduled e) {
				listener.on(e);
			}
			else if (event instanceof CouncilEventHeld e) {
				listener.on(e);
			}
			else if (event instanceof CouncilEventCancelled e) {
				listener.on(e);
			}
		});
	}

	private CalendarEntry entryOf(Life life) {
		return entries.findBySourceAndSourceId(EntrySource.COUNCIL_EVENT, life.scheduled().event().value()).orElseThrow();
	}
}
