package kg.usulduk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.SessionCancelled;
import kg.usulduk.association.SessionHeld;
import kg.usulduk.association.SessionId;
import kg.usulduk.association.SessionRescheduled;
import kg.usulduk.association.SessionScheduled;
import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.CouncilSessionRescheduled;
import kg.usulduk.council.CouncilSessionScheduled;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The calendar ends in the same entry whatever order a session's events are processed in: the event registry
 * delivers each event to the listener on its own thread, so a session held (or cancelled) soon after it was
 * scheduled or moved may be processed first. And parallel events of one session never fail the listener.
 */
@SpringBootTest
class CalendarConvergenceIntegrationTests {

	static final LocalDate DAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE).plusDays(10);

	@Autowired TestSchools testSchools;
	@Autowired CalendarEntries entries;
	@Autowired Notifier notifier;
	@Autowired JdbcClient jdbc;
	@Autowired TransactionTemplate transactions;
	@Autowired ApplicationEventPublisher events;

	TestSchool school;
	SchoolCalendar calendar;

	@BeforeEach
	void setUp() {
		school = testSchools.register();
		// Built by hand so that each event is processed at once, in the order the test gives, in its own transaction.
		calendar = new SchoolCalendar(entries, notifier, jdbc);
	}

	/** A session's life: scheduled, moved twice, then held or cancelled. */
	record Life(SessionScheduled scheduled, SessionRescheduled firstMove, SessionRescheduled secondMove,
			SessionHeld held, SessionCancelled cancelled) {

		static Life of(TestSchool school, String life) {
			LocalDate last = DAY.plusDays(life.contains("2") ? 2 : 1);
			AssociationId association = AssociationId.random();
			SessionId session = SessionId.random();
			List<StaffId> invited = List.of(school.teacher().staffId(), school.deputy().staffId());
			return new Life(
					new SessionScheduled(school.id(), association, "Математика УБ", session, DAY, LocalTime.of(14, 0),
							"21-кабинет", List.of("Жылдык план"), invited),
					new SessionRescheduled(school.id(), association, "Математика УБ", session, DAY, DAY.plusDays(1),
							LocalTime.of(15, 0), "22-кабинет", "Олимпиада", invited),
					new SessionRescheduled(school.id(), association, "Математика УБ", session, DAY.plusDays(1),
							DAY.plusDays(2), LocalTime.of(16, 0), "23-кабинет", "Карантин", invited),
					new SessionHeld(school.id(), association, "Математика УБ", session, last, invited),
					new SessionCancelled(school.id(), association, "Математика УБ", session, last, "Себеп",
							invited));
		}

		List<Object> events(String names) {
			return inOrder(names, scheduled, firstMove, secondMove, held, cancelled);
		}
	}

	/** A life's events in the order named: scheduled (S), moved (1, 2), held (H), cancelled (C). */
	static List<Object> inOrder(String names, Object scheduled, Object firstMove, Object secondMove, Object held,
			Object cancelled) {
		List<Object> events = new ArrayList<>();
		for (char name : names.toCharArray()) {
			events.add(switch (name) {
				case 'S' -> scheduled;
				case '1' -> firstMove;
				case '2' -> secondMove;
				case 'H' -> held;
				case 'C' -> cancelled;
				default -> throw new IllegalArgumentException(String.valueOf(name));
			});
		}
		return events;
	}

	/** Every order of scheduled (S), moved (1, 2) and held (H) or cancelled (C). */
	static Stream<Arguments> everyOrder() {
		List<Arguments> orders = new ArrayList<>();
		for (String life : List.of("S1H", "S1C", "S12H", "S12C", "S12")) {
			permutations("", life, order -> orders.add(Arguments.of(life, order)));
		}
		return orders.stream();
	}

	static void permutations(String prefix, String rest, Consumer<String> each) {
		if (rest.isEmpty()) {
			each.accept(prefix);
		}
		for (int i = 0; i < rest.length(); i++) {
			permutations(prefix + rest.charAt(i), rest.substring(0, i) + rest.substring(i + 1), each);
		}
	}

	@ParameterizedTest(name = "{1} ends as {0}")
	@MethodSource("everyOrder")
	void eachOrderOfASessionsEventsEndsInTheSameEntry(String inOrder, String order) {
		Life life = Life.of(school, inOrder);
		life.events(inOrder).forEach(this::process);
		CalendarEntry expected = entryOf(life);

		Life again = Life.of(school, inOrder);
		again.events(order).forEach(this::process);
		// A replay of everything changes nothing either.
		again.events(order).forEach(this::process);

		assertSameEntry(entryOf(again), expected);
	}

	/** The same entry: state, days, time, place, detail, sequence and people. */
	static void assertSameEntry(CalendarEntry entry, CalendarEntry expected) {
		assertThat(entry.state()).isEqualTo(expected.state());
		assertThat(entry.startsOn()).isEqualTo(expected.startsOn());
		assertThat(entry.endsOn()).isEqualTo(expected.endsOn());
		assertThat(entry.time()).isEqualTo(expected.time());
		assertThat(entry.place()).isEqualTo(expected.place());
		assertThat(entry.detail()).isEqualTo(expected.detail());
		assertThat(entry.sequence()).isEqualTo(expected.sequence());
		assertThat(entry.people()).containsExactlyInAnyOrderElementsOf(expected.people());
	}

	@Test
	void aSessionMovedAndMovedBackInOrderEndsOnItsFirstDay() {
		Life life = Life.of(school, "S1");
		SessionRescheduled back = new SessionRescheduled(school.id(), life.scheduled().association(), "Математика УБ",
				life.scheduled().session(), DAY.plusDays(1), DAY, LocalTime.of(14, 0), "21-кабинет", "Олимпиада өттү",
				life.scheduled().invited());
		process(life.scheduled());
		process(life.firstMove());
		process(back);

		CalendarEntry entry = entryOf(life);
		assertThat(entry.startsOn()).isEqualTo(DAY);
		assertThat(entry.sequence()).isEqualTo(2);
	}

	@Test
	void aHeldSessionProcessedBeforeItsSchedulingStaysHeld() {
		Life life = Life.of(school, "S");
		process(life.held());
		process(life.scheduled());

		CalendarEntry entry = entryOf(life);
		assertThat(entry.state()).isEqualTo(CalendarEntry.State.HELD);
		assertThat(entry.detail()).as("the late scheduling fills in what the held event did not say")
				.isEqualTo("Жылдык план");
	}

	@Test
	void rapidParallelMovesOfOneSessionLeaveNoIncompleteEventPublication() throws Exception {
		CouncilSessionId session = CouncilSessionId.random();
		CouncilId council = CouncilId.random();
		List<StaffId> invited = List.of(school.deputy().staffId());
		List<Object> moves = new ArrayList<>();
		moves.add(new CouncilSessionScheduled(school.id(), council, session, DAY, LocalTime.of(9, 0), "Зал",
				List.of("Иш планы"), invited));
		for (int i = 0; i < 12; i++) {
			moves.add(new CouncilSessionRescheduled(school.id(), council, session, DAY.plusDays(i), DAY.plusDays(i + 1),
					LocalTime.of(9, 0), "Зал", "Себеп " + i, invited));
		}

		publishAtOnce(moves, transactions, events);

		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(jdbc.sql("""
				SELECT count(*) FROM event_publication
				WHERE serialized_event LIKE :session AND listener_id LIKE '%SchoolCalendar%' AND completion_date IS NULL
				""").param("session", "%" + session.value() + "%").query(Integer.class).single()).isZero());
		CalendarEntry entry = entries.findBySourceAndSourceId(EntrySource.COUNCIL_SESSION, session.value()).orElseThrow();
		assertThat(entry.startsOn()).isEqualTo(DAY.plusDays(12));
		assertThat(entry.sequence()).isEqualTo(12);
		assertThat(jdbc.sql("SELECT count(*) FROM planning.calendar_entries WHERE source_id = :id")
				.param("id", session.value()).query(Integer.class).single()).isOne();
	}

	/** Publishes each event in its own transaction on its own thread, all at once. */
	static void publishAtOnce(List<?> all, TransactionTemplate transactions, ApplicationEventPublisher publisher)
			throws Exception {
		ExecutorService threads = Executors.newFixedThreadPool(all.size());
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<?>> published = new ArrayList<>();
			for (Object event : all) {
				published.add(threads.submit(() -> {
					go.await();
					transactions.executeWithoutResult(status -> publisher.publishEvent(event));
					return null;
				}));
			}
			go.countDown();
			for (Future<?> each : published) {
				each.get(30, TimeUnit.SECONDS);
			}
		}
		finally {
			threads.shutdownNow();
		}
	}

	private void process(Object event) {
		transactions.executeWithoutResult(status -> {
			if (event instanceof SessionScheduled e) {
				calendar.on(e);
			}
			else if (event instanceof SessionRescheduled e) {
				calendar.on(e);
			}
			else if (event instanceof SessionHeld e) {
				calendar.on(e);
			}
			else if (event instanceof SessionCancelled e) {
				calendar.on(e);
			}
		});
	}

	private CalendarEntry entryOf(Life life) {
		return entries.findBySourceAndSourceId(EntrySource.ASSOCIATION_SESSION, life.scheduled().session().value())
				.orElseThrow();
	}
}
