package kg.usulduk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.mentorship.MeetingKind;
import kg.usulduk.mentorship.MentorshipId;
import kg.usulduk.mentorship.PlanOwner;
import kg.usulduk.mentorship.internal.MentorOrder;
import kg.usulduk.mentorship.internal.Mentorship;
import kg.usulduk.mentorship.internal.MentorshipManagement;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: planning hears the mentorship on PostgreSQL, through the event publication registry, after each act
 * commits: a logged meeting is an entry in the mentor's and the young teacher's calendars and feeds, linking to the
 * pair's page, and both are told of it; a proposal tells the proposed mentor, the director's order the pair, an
 * approved plan its author, an early end the deputy who controls the pair — each once, never the one who acted.
 */
@SpringBootTest
class MentorshipInPlanningIntegrationTests {

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired MentorshipManagement mentorship;
	@Autowired CalendarReads calendar;
	@Autowired PersonalCalendar personal;
	@Autowired JdbcClient jdbc;

	TestSchool school;
	SchoolUser head;
	SchoolUser mentor;
	SchoolUser young;

	@BeforeEach
	void aSchoolWithAnAssociationAndAYoungTeacher() {
		school = testSchools.register();
		head = school.teacher();
		mentor = testSchools.addPerson(school, Role.TEACHER, "Осмонов Бакыт");
		StaffId youngId = testSchools.addTeacher(school.id(), "Мамытова Чолпон", TODAY.minusYears(1));
		young = new SchoolUser(UUID.randomUUID(), "young-" + youngId, "x", school.id(), youngId, "Мамытова Чолпон",
				null, Set.of(Role.TEACHER), false, true);
		AssociationId association = associations.open(school.deputy(), new AssociationManagement.Opening(
				"Тил мугалимдеринин УБ", AssociationKind.SUBJECT, List.of("Англис тили"), new OrderReference("45", TODAY)))
				.getId();
		associations.admit(school.deputy(), association, null, head.staffId());
		associations.admit(school.deputy(), association, null, mentor.staffId());
		associations.admit(school.deputy(), association, null, youngId);
		associations.electHead(school.deputy(), association, null, head.staffId(), new OrderReference("45/1", TODAY));
	}

	List<String> notices(StaffId person, String notice) {
		return jdbc.sql("""
				SELECT link || ' ' || body FROM planning.deliveries WHERE staff_id = ? AND channel = 'INBOX' AND notice = ?
				ORDER BY created_at""").param(person.value()).param(notice).query(String.class).list();
	}

	MentorshipId assigned() {
		Mentorship pair = mentorship.propose(head, young.staffId(), mentor.staffId(), null);
		pair = mentorship.accept(mentor, pair.getId(), pair.version());
		mentorship.assign(school.director(), new MentorOrder.Heading("47", TODAY.minusDays(7), "Бирикменин сунушу",
				null, null, school.deputy().staffId(), null), List.of(pair.getId()));
		return pair.getId();
	}

	@Test
	void eachStepOfAMentorshipTellsThePersonWhoActsNextOnceAndNeverTheActor() {
		Mentorship pair = mentorship.propose(head, young.staffId(), mentor.staffId(), null);
		String link = "/mentorship/" + pair.getId();
		await().atMost(Duration.ofSeconds(15)).until(() -> notices(mentor.staffId(), "MENTOR_PROPOSED").size() == 1);
		assertThat(notices(mentor.staffId(), "MENTOR_PROPOSED").get(0)).startsWith(link).contains("Мамытова Чолпон");
		assertThat(notices(head.staffId(), "MENTOR_PROPOSED")).as("not told of what they did").isEmpty();

		pair = mentorship.accept(mentor, pair.getId(), pair.version());
		mentorship.assign(school.director(), new MentorOrder.Heading("47", TODAY, "Бирикменин сунушу", null, null,
				school.deputy().staffId(), null), List.of(pair.getId()));
		await().atMost(Duration.ofSeconds(15)).until(() -> notices(mentor.staffId(), "MENTOR_ASSIGNED").size() == 1
				&& notices(young.staffId(), "MENTOR_ASSIGNED").size() == 1);
		assertThat(notices(young.staffId(), "MENTOR_ASSIGNED").get(0)).startsWith(link).contains("47", "Осмонов Бакыт");
		assertThat(notices(school.director().staffId(), "MENTOR_ASSIGNED")).isEmpty();

		pair = mentorship.pair(mentor, pair.getId());
		pair = mentorship.addPlanItem(mentor, pair.getId(), pair.version(), PlanOwner.MENTOR, YearMonth.from(TODAY),
				"Нормативдик документтер");
		pair = mentorship.approvePlan(head, pair.getId(), pair.version(), PlanOwner.MENTOR);
		await().atMost(Duration.ofSeconds(15)).until(() -> notices(mentor.staffId(), "MENTOR_PLAN_APPROVED").size() == 1);
		assertThat(notices(mentor.staffId(), "MENTOR_PLAN_APPROVED").get(0)).startsWith(link);
		assertThat(notices(young.staffId(), "MENTOR_PLAN_APPROVED")).as("the other plan's author").isEmpty();
		assertThat(notices(head.staffId(), "MENTOR_PLAN_APPROVED")).isEmpty();

		mentorship.end(school.director(), pair.getId(), pair.version(), new MentorOrder.Heading("52", TODAY, null, null,
				null, null, "Жаш мугалим башка мектепке которулду"));
		await().atMost(Duration.ofSeconds(15))
				.until(() -> notices(school.deputy().staffId(), "MENTORSHIP_ENDED").size() == 1);
		assertThat(notices(school.deputy().staffId(), "MENTORSHIP_ENDED").get(0)).startsWith(link)
				.contains("башка мектепке которулду");
		assertThat(notices(mentor.staffId(), "MENTORSHIP_ENDED")).isEmpty();
		assertThat(jdbc.sql("SELECT count(*) FROM planning.deliveries WHERE link = ? AND channel = 'INBOX'")
				.param(link).query(Integer.class).single()).as("each step once: proposal, order to two, plan, end")
				.isEqualTo(5);
	}

	@Test
	void aMeetingIsAnEntryInBothCalendarsAndFeedsLinkingToThePairAndBothAreTold() {
		MentorshipId id = assigned();
		Mentorship pair = mentorship.pair(mentor, id);
		LocalDate day = TODAY.plusDays(3);
		pair = mentorship.logMeeting(mentor, id, pair.version(), new Mentorship.MeetingRecord(MeetingKind.CONSULTATION,
				"Календардык-тематикалык план", day, LocalTime.of(14, 30), 60, null));
		UUID meeting = pair.meetings().get(0).ref();
		LocalDate past = TODAY.minusDays(2);
		pair = mentorship.logMeeting(young, id, pair.version(), new Mentorship.MeetingRecord(
				MeetingKind.YOUNG_TEACHER_VISITS_LESSON, "«Сын атооч», 6-класс", past, LocalTime.of(10, 0), 45,
				"Топтук иш; баалоо барагы"));

		await().atMost(Duration.ofSeconds(15)).until(
				() -> calendar.concerning(school.id(), young.staffId(), day, day).size() == 1);
		CalendarEntry entry = calendar.concerning(school.id(), mentor.staffId(), day, day).get(0);
		assertThat(entry.source()).isEqualTo(EntrySource.MENTORSHIP_MEETING);
		assertThat(entry.kind()).isEqualTo("MENTORSHIP_CONSULTATION");
		assertThat(entry.link()).isEqualTo("/mentorship/" + id);
		assertThat(entry.time()).isEqualTo(LocalTime.of(14, 30));
		assertThat(entry.people()).containsExactlyInAnyOrder(mentor.staffId(), young.staffId());
		assertThat(personal.summary(entry, java.util.Locale.ENGLISH))
				.isEqualTo("Mentorship: consultation: Календардык-тематикалык план");
		await().atMost(Duration.ofSeconds(15)).until(() -> notices(young.staffId(), "SCHEDULED").size() == 1
				&& notices(mentor.staffId(), "SCHEDULED").size() == 1);
		assertThat(notices(young.staffId(), "SCHEDULED").get(0)).startsWith("/mentorship/" + id);
		await().atMost(Duration.ofSeconds(15)).until(
				() -> calendar.concerning(school.id(), mentor.staffId(), past, past).size() == 1);
		assertThat(calendar.concerning(school.id(), mentor.staffId(), past, past).get(0).state())
				.as("a meeting of a day gone by is kept as held and announces nothing").isEqualTo(CalendarEntry.State.HELD);
		assertThat(notices(mentor.staffId(), "SCHEDULED")).hasSize(1);
		for (SchoolUser person : List.of(mentor, young)) {
			String token = personal.feedOf(person).token();
			assertThat(personal.feed(token)).get(org.assertj.core.api.InstanceOfAssertFactories.STRING)
					.contains("UID:mentorship_meeting-" + meeting + "@usulduk");
		}

		// Ended early by a new order: the meeting to come is cancelled in both calendars, and both are told.
		pair = mentorship.pair(mentor, id);
		mentorship.end(school.director(), id, pair.version(), new MentorOrder.Heading("52", TODAY, null, null, null,
				null, "Насаатчы башка мектепке которулду"));
		await().atMost(Duration.ofSeconds(15)).until(() -> notices(young.staffId(), "CANCELLED").size() == 1);
		assertThat(calendar.concerning(school.id(), mentor.staffId(), day, day)).isEmpty();
	}
}
