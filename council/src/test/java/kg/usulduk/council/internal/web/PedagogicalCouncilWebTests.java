package kg.usulduk.council.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import kg.usulduk.council.DecisionKind;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.council.internal.Council;
import kg.usulduk.council.internal.CouncilManagement;
import kg.usulduk.council.internal.CouncilProtocol;
import kg.usulduk.council.internal.CouncilProtocolEntry;
import kg.usulduk.council.internal.CouncilSession;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The pedagogical council's page: formed by the director, its members, its numbered resolutions, its session's protocol. */
@SpringBootTest
@AutoConfigureMockMvc
class PedagogicalCouncilWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired CouncilManagement management;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	static final SchoolYear YEAR = SchoolYear.of(TODAY);

	@Test
	void theDirectorFormsThePedagogicalCouncilFromItsPageAndTheDeputyCannot() throws Exception {
		TestSchool school = testSchools.register();

		mvc.perform(get("/council/pedagogical").with(user(school.deputy())).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("No pedagogical council has been formed")))
				.andExpect(content().string(not(containsString("Form the pedagogical council"))));
		mvc.perform(post("/council/pedagogical").with(user(school.deputy())).with(csrf())
				.param("schoolYear", String.valueOf(YEAR.startYear()))).andExpect(status().isForbidden());
		mvc.perform(post("/council/pedagogical").with(user(school.director())).with(csrf())
				.param("schoolYear", String.valueOf(YEAR.startYear())).param("chair", school.teacher().staffId().toString())
				.param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The pedagogical council is chaired by the director; choose the director.")));
		mvc.perform(post("/council/pedagogical").with(user(school.director())).with(csrf())
				.param("schoolYear", String.valueOf(YEAR.startYear())))
				.andExpect(status().is3xxRedirection());

		mvc.perform(get("/council/pedagogical").with(user(school.teacher())).param("lang", "ky"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Педагогикалык кеңеш, " + YEAR)))
				.andExpect(content().string(containsString(school.director().fullName())))
				.andExpect(content().string(containsString("педагог")))
				.andExpect(content().string(not(containsString("003 §5.4"))));
	}

	@Test
	void theResolutionsRegisterNumbersTheSignedProtocolsDecisionsAndTheSessionPageNamesTheBody() throws Exception {
		TestSchool school = testSchools.register();
		Council council = management.formPedagogical(school.director(), YEAR, null);
		CouncilSession session = management.schedule(school.director(), council.getId(), TODAY, LocalTime.of(9, 0),
				null, List.of(new AgendaItem("Иш пландарын кабыл алуу"), new AgendaItem("Жобону кароо")), false);
		management.hold(school.director(), session.getId(), null, Set.copyOf(council.members()));
		management.electSecretary(school.director(), session.getId(), school.teacher().staffId());
		CouncilProtocol protocol = management.protocolsOf(school.director(), session.getId()).get(0);
		mvc.perform(get("/council/sessions/{id}", session.getId()).with(user(school.director())).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Session of the pedagogical council № 1")))
				.andExpect(content().string(containsString("Work plans adopted (001 plan header)")))
				.andExpect(content().string(not(containsString("Programme recommended to the pedagogical council"))));
		management.writeAndSign(school.director(), protocol.getId(), null, List.of(
				new CouncilProtocolEntry("Иш пландарын кабыл алуу", null, "Пландар кабыл алынсын",
						DecisionKind.ADOPT_WORK_PLANS, null, null, null, null, null, null, null),
				new CouncilProtocolEntry("Жобону кароо", null, "Директорго сунушталсын",
						DecisionKind.CONSIDER_REGULATION, null, "Усулдук кеңеш жөнүндө жобо", null, null, null, null,
						null)));
		management.sign(school.teacher(), protocol.getId(), null);

		mvc.perform(get("/council/pedagogical").with(user(school.teacher())).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("№ 1")))
				.andExpect(content().string(containsString("Пландар кабыл алынсын")))
				.andExpect(content().string(containsString("№ 2")))
				.andExpect(content().string(containsString("Work plans adopted (001 plan header)")));
		// A protocol prints in the school's language (Kyrgyz by default), whoever reads it.
		mvc.perform(get("/council/protocols/{id}", protocol.getId()).with(user(school.teacher())).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("педагогикалык кеңештин отурумунун")));
	}
}
