package kg.usulduk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilSessionCancelled;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.CouncilSessionRescheduled;
import kg.usulduk.council.CouncilSessionScheduled;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The school calendar on a real PostgreSQL, fed only by the other contexts' events through the event publication
 * registry: entries appear, move and are cancelled; each person's iCalendar feed follows.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SchoolCalendarIntegrationTests {

	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired SessionManagement sessions;
	@Autowired CalendarEntries entries;
	@Autowired PersonalCalendar calendar;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transactions;
	@Autowired MockMvc mvc;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	kg.usulduk.school.SchoolUser stranger() {
		return testSchools.register().observer();
	}

	Optional<CalendarEntry> entryOf(EntrySource source, java.util.UUID id) {
		return entries.findBySourceAndSourceId(source, id);
	}

	CalendarEntry awaitEntry(EntrySource source, java.util.UUID id, java.util.function.Predicate<CalendarEntry> state) {
		return await().atMost(Duration.ofSeconds(15)).until(() -> entryOf(source, id).filter(state).orElse(null),
				java.util.Objects::nonNull);
	}

	/**
	 * Reads a feed as a calendar app would. The app's security lets the link through without signing in (see the
	 * app's SecurityTests); this module's tests run without it, so a stranger from another school asks here: the
	 * answer depends on the secret alone, never on who asks.
	 */
	List<VEvent> feedEvents(String token) throws Exception {
		String ics = mvc.perform(get("/calendar/feed/{token}.ics", token).with(user(stranger()))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();
		Calendar parsed = new CalendarBuilder().build(new StringReader(ics));
		return parsed.getComponents("VEVENT");
	}

	@Test
	void theFeedIsNamedAfterTheSchoolCarriesItsZoneAndFoldsLongLines() throws Exception {
		TestSchool school = testSchools.register();
		String token = calendar.feedOf(school.teacher()).token();
		String ics = mvc.perform(get("/calendar/feed/{token}.ics", token).with(user(stranger()))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString();

		// Issue 13: calendar apps name the subscription after X-WR-CALNAME.
		assertThat(ics).contains("X-WR-CALNAME:").contains("X-WR-TIMEZONE:Asia/Bishkek");
		// RFC 5545 §3.1: lines of at most 75 octets, longer ones folded.
		assertThat(ics.split("\r\n")).allSatisfy(line ->
				assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
	}

	@Test
	void aScheduledAssociationSessionEntersTheCalendarAndEachMembersFeedThenMovesAndDisappears() throws Exception {
		TestSchool school = testSchools.register();
		var head = school.teacher();
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening("Математика УБ",
				AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", TODAY)));
		associations.admit(school.deputy(), association.getId(), null, head.staffId());
		associations.admit(school.deputy(), association.getId(), null, school.admin().staffId());
		associations.electHead(school.deputy(), association.getId(), null, head.staffId(), new OrderReference("45/1", TODAY));

		Session session = sessions.schedule(head, association.getId(), TODAY.plusDays(5), LocalTime.of(14, 30),
				"21-кабинет", List.of(new AgendaItem("Жылдык план", null)));
		CalendarEntry entry = awaitEntry(EntrySource.ASSOCIATION_SESSION, session.getId().value(), e -> true);
		assertThat(entry.startsOn()).isEqualTo(TODAY.plusDays(5));
		assertThat(entry.people()).contains(head.staffId(), school.admin().staffId());
		assertThat(calendar.upcoming(school.admin(), 30)).extracting(CalendarEntry::getId).contains(entry.getId());
		mvc.perform(get("/").with(user(school.admin())).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("My next two weeks")))
				.andExpect(content().string(Matchers.containsString("Association session: Математика УБ")));

		String token = calendar.feedOf(school.admin()).token();
		assertThat(feedEvents(token)).singleElement().satisfies(event -> {
			assertThat(event.getSummary().getValue()).contains("Математика УБ");
			assertThat(event.getStartDate().get().getValue()).startsWith(TODAY.plusDays(5).toString().replace("-", "") + "T143000");
			assertThat(event.getLocation().getValue()).isEqualTo("21-кабинет");
		});

		sessions.reschedule(head, session.getId(), null, TODAY.plusDays(6), LocalTime.of(15, 0), "21-кабинет",
				"Олимпиада");
		CalendarEntry moved = awaitEntry(EntrySource.ASSOCIATION_SESSION, session.getId().value(),
				e -> e.startsOn().equals(TODAY.plusDays(6)));
		assertThat(moved.sequence()).isEqualTo(1);
		assertThat(feedEvents(token)).singleElement().satisfies(event -> {
			assertThat(event.getStartDate().get().getValue()).startsWith(TODAY.plusDays(6).toString().replace("-", "") + "T150000");
			assertThat(event.getSequence().getSequenceNo()).isEqualTo(1);
		});

		sessions.cancel(head, session.getId(), null, "Карантин");
		awaitEntry(EntrySource.ASSOCIATION_SESSION, session.getId().value(), CalendarEntry::isCancelled);
		assertThat(feedEvents(token)).as("a cancelled session leaves the feed").isEmpty();
		assertThat(calendar.upcoming(school.admin(), 30)).isEmpty();
	}

	@Test
	void eventsThatArriveTwiceOrOutOfOrderLeaveOneRightEntry() {
		TestSchool school = testSchools.register();
		CouncilSessionId session = CouncilSessionId.random();
		CouncilId council = CouncilId.random();
		List<StaffId> invited = List.of(school.deputy().staffId());
		var moved = new CouncilSessionRescheduled(school.id(), council, session, TODAY.plusDays(3), TODAY.plusDays(4),
				LocalTime.of(15, 0), "Мугалимдер бөлмөсү", "Себеп", invited);
		var scheduled = new CouncilSessionScheduled(school.id(), council, session, TODAY.plusDays(3), LocalTime.of(15, 0),
				"Мугалимдер бөлмөсү", List.of("Иш планы"), invited);

		// The move arrives first, then the scheduling, then the move again.
		transactions.executeWithoutResult(s -> events.publishEvent(moved));
		awaitEntry(EntrySource.COUNCIL_SESSION, session.value(), e -> true);
		transactions.executeWithoutResult(s -> events.publishEvent(scheduled));
		transactions.executeWithoutResult(s -> events.publishEvent(moved));
		await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);

		CalendarEntry entry = entryOf(EntrySource.COUNCIL_SESSION, session.value()).orElseThrow();
		assertThat(entry.startsOn()).isEqualTo(TODAY.plusDays(4));
		assertThat(entries.findBySchoolIdAndStartsOnLessThanEqualAndEndsOnGreaterThanEqualOrderByStartsOnAscTimeAsc(
				school.id(), TODAY.plusYears(1), TODAY)).hasSize(1);

		transactions.executeWithoutResult(s -> events.publishEvent(new CouncilSessionCancelled(school.id(), council,
				session, TODAY.plusDays(4), "Себеп", invited)));
		awaitEntry(EntrySource.COUNCIL_SESSION, session.value(), CalendarEntry::isCancelled);
		transactions.executeWithoutResult(s -> events.publishEvent(scheduled));
		await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
		assertThat(entryOf(EntrySource.COUNCIL_SESSION, session.value()).orElseThrow().isCancelled())
				.as("a late scheduling does not bring a cancelled session back").isTrue();
	}

	@Test
	void aRevokedFeedLinkStopsWorkingAndTheCalendarPagesRender() throws Exception {
		TestSchool school = testSchools.register();
		String old = calendar.feedOf(school.teacher()).token();

		mvc.perform(post("/calendar/feed/revoke").with(user(school.teacher())).with(csrf()));
		mvc.perform(get("/calendar/feed/{token}.ics", old).with(user(stranger()))).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/feed/{token}.ics", calendar.feedOf(school.teacher()).token()).with(user(stranger())))
				.andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("BEGIN:VCALENDAR")));
		mvc.perform(get("/calendar").with(user(school.teacher())).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("School calendar")));
		mvc.perform(get("/calendar").with(user(school.teacher())).param("week", TODAY.toString())).andExpect(status().isOk());
		mvc.perform(get("/calendar/feed").with(user(school.teacher()))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("/calendar/feed/")));
	}

	@Test
	void lookingAtTheFeedPageIssuesNoFeedUntilThePersonAsksForOne() throws Exception {
		TestSchool school = testSchools.register();

		mvc.perform(get("/calendar/feed").with(user(school.observer()))).andExpect(status().isOk());
		mvc.perform(get("/calendar/feed").with(user(school.deputy()))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.not(Matchers.containsString("/calendar/feed/"))));

		assertThat(calendar.existingFeed(school.observer())).isEmpty();
		assertThat(calendar.existingFeed(school.deputy())).isEmpty();

		mvc.perform(post("/calendar/feed").with(user(school.deputy())).with(csrf()))
				.andExpect(status().is3xxRedirection());
		assertThat(calendar.existingFeed(school.deputy())).isPresent();
		mvc.perform(get("/calendar/feed").with(user(school.deputy()))).andExpect(status().isOk())
				.andExpect(content().string(Matchers.containsString("/calendar/feed/")));
	}

	@Autowired CouncilSessionPlans councilPlans;

	@Test
	void theCouncilsApprovalOfItsPlanOfSessionsIsKeptFromItsDecision() {
		TestSchool school = testSchools.register();
		var year = kg.usulduk.school.SchoolYear.of(TODAY);
		var general = new kg.usulduk.council.DecisionAdopted(school.id(), CouncilId.random(), CouncilSessionId.random(),
				kg.usulduk.council.CouncilProtocolId.random(), 1, kg.usulduk.council.DecisionKind.GENERAL, "Маалымат",
				null, null, null, null, null, null, null, TODAY);
		var plan = new kg.usulduk.council.DecisionAdopted(school.id(), CouncilId.random(), CouncilSessionId.random(),
				kg.usulduk.council.CouncilProtocolId.random(), 2, kg.usulduk.council.DecisionKind.APPROVE_SESSION_PLAN,
				"Отурумдардын планы бекитилсин", null, null, null, null, 5, 0, 0, TODAY);

		transactions.executeWithoutResult(s -> events.publishEvent(general));
		transactions.executeWithoutResult(s -> events.publishEvent(plan));

		// 003 §5.1
		var approval = await().atMost(Duration.ofSeconds(15)).until(() -> councilPlans.of(school.id(), year).orElse(null),
				java.util.Objects::nonNull);
		assertThat(approval.approvedOn()).isEqualTo(TODAY);
		assertThat(approval.decision()).isEqualTo("Отурумдардын планы бекитилсин");
	}

	@Autowired Reminders reminders;
	@Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void theReminderJobRunsUnderAClusterWideLock() {
		reminders.everyQuarterHour();

		// ShedLock wrote its lock: a second instance starting the job meanwhile would have skipped it.
		assertThat(jdbc.sql("select count(*) from planning.shedlock where name = 'planning-reminders'")
				.query(Integer.class).single()).isEqualTo(1);
	}
}
