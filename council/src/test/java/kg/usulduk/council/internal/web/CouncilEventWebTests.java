package kg.usulduk.council.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;

import kg.usulduk.council.CouncilEventKind;
import kg.usulduk.council.internal.Council;
import kg.usulduk.council.internal.CouncilEvent;
import kg.usulduk.council.internal.CouncilEventManagement;
import kg.usulduk.council.internal.CouncilManagement;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The council's events as pages: the list, the form, an event's page, in three languages; bad input on the field. */
@SpringBootTest
@AutoConfigureMockMvc
class CouncilEventWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired CouncilManagement councils;
	@Autowired CouncilEventManagement events;
	@Autowired JdbcClient jdbc;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	TestSchool school;
	SchoolUser chair;
	Council council;

	@BeforeEach
	void councilOfTheYear() {
		school = testSchools.register();
		chair = school.deputy();
		council = councils.form(chair, SchoolYear.of(TODAY), null);
	}

	int eventsOfTheCouncil() {
		return jdbc.sql("select count(*) from council.events where council_id = :id").param("id", council.getId().value())
				.query(Integer.class).single();
	}

	CouncilEvent readings() {
		return events.schedule(chair, council.getId(), new CouncilEvent.Plan(CouncilEventKind.PEDAGOGICAL_READINGS,
				"Педагогикалык окуулар", "Функционалдык сабаттуулук", TODAY, TODAY.plusDays(1), LocalTime.of(14, 0),
				"Китепкана", chair.staffId(), CouncilEvent.Audience.STAFF, null, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ky", "ru", "en" })
	void theListTheFormAndAnEventsPageSpeakEachLanguage(String language) throws Exception {
		CouncilEvent event = readings();

		mvc.perform(get("/council/{id}/events", council.getId()).with(user(school.teacher())).param("lang", language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Педагогикалык окуулар")))
				.andExpect(content().string(containsString("000 §2.3")))
				.andExpect(content().string(not(containsString("council.event"))))
				.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/council/{id}/events/new", council.getId()).with(user(chair)).param("lang", language))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("council.event"))))
				.andExpect(content().string(not(containsString("??"))));
		mvc.perform(get("/council/events/{id}", event.getId()).with(user(chair)).param("lang", language))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Функционалдык сабаттуулук")))
				.andExpect(content().string(containsString("/council/events/" + event.getId() + "/hold")))
				.andExpect(content().string(not(containsString("council.event"))))
				.andExpect(content().string(not(containsString("??"))));
	}

	@Test
	void theCouncilPageLeadsToItsEvents() throws Exception {
		mvc.perform(get("/council").with(user(school.teacher())).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("/council/" + council.getId() + "/events")));
	}

	@Test
	void theChairSchedulesAnEventFromTheForm() throws Exception {
		mvc.perform(post("/council/{id}/events", council.getId()).with(user(chair)).with(csrf())
				.param("kind", "METHODOLOGICAL_DAY").param("title", "Усулдук күн").param("startsOn", TODAY.plusDays(3).toString())
				.param("time", "09:00").param("responsible", chair.staffId().toString()).param("audience", "STAFF"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrlPattern("/council/events/*"));

		assertThat(eventsOfTheCouncil()).isOne();
	}

	@Test
	void aDayAlreadyPastIsRefusedOnItsFieldInTheReadersLanguage() throws Exception {
		mvc.perform(post("/council/{id}/events", council.getId()).with(user(chair)).with(csrf()).param("lang", "en")
				.param("kind", "SEMINAR").param("title", "Семинар").param("startsOn", TODAY.minusDays(1).toString())
				.param("responsible", chair.staffId().toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("A day already past cannot be scheduled.")))
				.andExpect(content().string(containsString("value=\"Семинар\"")));
		mvc.perform(post("/council/{id}/events", council.getId()).with(user(chair)).with(csrf()).param("lang", "ky")
				.param("kind", "SEMINAR").param("title", "Семинар").param("startsOn", TODAY.plusDays(1).toString())
				.param("responsible", chair.staffId().toString()).param("decision", "not-a-decision"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Бул кеңештин кол коюлган протоколдорунан чечимди тандаңыз.")));

		assertThat(eventsOfTheCouncil()).isZero();
	}

	@Test
	void markingAnEventHeldWithoutAnOutcomeIsRefusedOnTheOutcome() throws Exception {
		CouncilEvent event = readings();

		mvc.perform(post("/council/events/{id}/hold", event.getId()).with(user(chair)).with(csrf()).param("lang", "ru")
				.param("version", event.version().toString()).param("outcome", " ").param("participants", "12"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("field-error")))
				.andExpect(content().string(containsString("value=\"12\"")));
		assertThat(events.find(chair, event.getId()).status()).isEqualTo(CouncilEvent.Status.SCHEDULED);

		mvc.perform(post("/council/events/{id}/hold", event.getId()).with(user(chair)).with(csrf())
				.param("version", event.version().toString()).param("outcome", "Окуулар өттү").param("participants", "12"))
				.andExpect(status().is3xxRedirection());
		assertThat(events.find(chair, event.getId()).status()).isEqualTo(CouncilEvent.Status.HELD);
		mvc.perform(get("/council/events/{id}", event.getId()).with(user(school.teacher())).param("lang", "en"))
				.andExpect(content().string(containsString("<strong>Participants</strong>: <span>12</span>")))
				.andExpect(content().string(containsString("Окуулар өттү")));
	}

	@Test
	void aTeacherReadsTheEventsButMayNotScheduleOrKeepThem() throws Exception {
		CouncilEvent event = readings();

		mvc.perform(get("/council/events/{id}", event.getId()).with(user(school.teacher())))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/council/events/" + event.getId() + "/hold"))));
		mvc.perform(get("/council/{id}/events/new", council.getId()).with(user(school.teacher())))
				.andExpect(status().isForbidden());
		mvc.perform(post("/council/events/{id}/cancel", event.getId()).with(user(school.teacher())).with(csrf())
				.param("version", event.version().toString()).param("reason", "Себеп"))
				.andExpect(status().isForbidden());
		assertThat(events.find(chair, event.getId()).status()).isEqualTo(CouncilEvent.Status.SCHEDULED);
	}
}
