package kg.usulduk.council.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.MemberRole;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.council.internal.Council;
import kg.usulduk.council.internal.CouncilManagement;
import kg.usulduk.council.internal.CouncilProtocol;
import kg.usulduk.council.internal.CouncilProtocolEntry;
import kg.usulduk.council.internal.CouncilProtocols;
import kg.usulduk.council.internal.CouncilSession;
import kg.usulduk.council.internal.CouncilSessions;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The council's pages as each role sees them, and bad input on its forms: a translated message, nothing changed. */
@SpringBootTest
@AutoConfigureMockMvc
class CouncilWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired CouncilManagement management;
	@Autowired CouncilSessions sessions;
	@Autowired CouncilProtocols protocols;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	TestSchool school;
	SchoolUser chair;
	SchoolUser teacher;
	Council council;

	@BeforeEach
	void councilOfTheYear() {
		school = testSchools.register();
		chair = school.deputy();
		teacher = school.teacher();
		council = management.form(chair, SchoolYear.of(TODAY), null);
		council = management.seat(chair, council.getId(), null, teacher.staffId(), MemberRole.CREATIVE_GROUP);
	}

	CouncilProtocol heldSession(Set<kg.usulduk.school.StaffId> present, String question) {
		CouncilSession session = management.schedule(chair, council.getId(), TODAY, LocalTime.of(15, 0), null,
				List.of(new AgendaItem(question)), false);
		management.hold(chair, session.getId(), null, present);
		return protocols.findBySessionId(session.getId()).get(0);
	}

	int sessionsOfTheCouncil() {
		return sessions.findByCouncilIdOrderByDateAscTimeAsc(council.getId()).size();
	}

	@Test
	void theCouncilPageShowsMembersAndTheRulesPerQuarter() throws Exception {
		mvc.perform(get("/council").with(user(school.director())).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(teacher.fullName())))
				.andExpect(content().string(containsString("creative group")))
				.andExpect(content().string(containsString("003 §5.1")))
				.andExpect(content().string(containsString("003 §5.4")))
				.andExpect(content().string(not(containsString("council."))));
	}

	@Test
	void schedulingOutsideTheSchoolYearIsRefusedOnTheDate() throws Exception {
		mvc.perform(post("/council/{id}/sessions", council.getId()).with(user(chair)).with(csrf()).param("lang", "en")
				.param("date", SchoolYear.of(TODAY).end().plusDays(3).toString()).param("time", "15:00")
				.param("agenda", "Иш планы"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("meets within that school year")))
				.andExpect(content().string(containsString("value=\"" + SchoolYear.of(TODAY).end().plusDays(3) + "\"")))
				.andExpect(content().string(containsString("value=\"15:00\"")));
		mvc.perform(post("/council/{id}/sessions", council.getId()).with(user(chair)).with(csrf()).param("lang", "ky")
				.param("date", TODAY.plusDays(1).toString()).param("time", "15:00").param("agenda", ""))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("field-error")));

		assertThat(sessionsOfTheCouncil()).isZero();
	}

	@Test
	void voteCountsAboveTheAttendanceAreRefusedOnThePage() throws Exception {
		CouncilProtocol draft = heldSession(Set.of(chair.staffId(), teacher.staffId()), "Иш планын бекитүү");

		mvc.perform(post("/council/protocols/{id}", draft.getId()).with(user(chair)).with(csrf()).param("lang", "en")
				.param("version", draft.version().toString()).param("entries[0].decision", "Бекитилсин")
				.param("entries[0].kind", "GENERAL").param("entries[0].votesFor", "5")
				.param("entries[0].votesAgainst", "0").param("entries[0].abstained", "0"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Question 1: 5 votes, but only 2 members were present.")));

		assertThat(protocols.findById(draft.getId()).orElseThrow().entries().get(0).decision()).isNull();
	}

	@Test
	void aDecisionWithoutQuorumIsRefusedWithAClearMessage() throws Exception {
		CouncilProtocol draft = heldSession(Set.of(chair.staffId()), "Иш планын бекитүү");

		mvc.perform(post("/council/protocols/{id}", draft.getId()).with(user(chair)).with(csrf()).param("lang", "en")
				.param("version", draft.version().toString()).param("entries[0].decision", "Бекитилсин")
				.param("entries[0].kind", "GENERAL"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("no decision without a quorum. 1 of 2 members were present; at least 2 are needed.")));

		assertThat(protocols.findById(draft.getId()).orElseThrow().entries().get(0).decision()).isNull();
	}

	@Test
	void signingBeforeASecretaryExistsIsRefused() throws Exception {
		CouncilProtocol draft = heldSession(Set.of(chair.staffId(), teacher.staffId()), "Иш планын бекитүү");

		mvc.perform(post("/council/protocols/{id}/sign", draft.getId()).with(user(chair)).with(csrf()).param("lang", "en")
				.param("version", draft.version().toString()).param("entries[0].decision", "Бекитилсин")
				.param("entries[0].kind", "GENERAL"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("before the council has elected its secretary")));

		CouncilProtocol after = protocols.findById(draft.getId()).orElseThrow();
		assertThat(after.signatures()).isEmpty();
		assertThat(after.entries().get(0).decision()).as("a refused signature leaves the draft as it was").isNull();
	}

	@Test
	void aSignedProtocolCannotBeEditedAndDownloadsAsAPdfInKyrgyz() throws Exception {
		CouncilProtocol draft = heldSession(Set.of(chair.staffId(), teacher.staffId()), "Өнүгүү программасына экспертиза");
		mvc.perform(post("/council/sessions/{id}/secretary", draft.sessionId()).with(user(chair)).with(csrf())
				.param("secretary", teacher.staffId().toString()))
				.andExpect(redirectedUrlPattern("/council/sessions/*"));
		mvc.perform(post("/council/protocols/{id}/sign", draft.getId()).with(user(chair)).with(csrf())
				.param("version", draft.version().toString()).param("entries[0].considered", "Бекова А. маалымат берди")
				.param("entries[0].decision", "Программа жактырылсын: өңүттөр, үйрөнүү")
				.param("entries[0].kind", "DOCUMENT_EXPERTISE").param("entries[0].document", "Өнүгүү программасы 2025–2030")
				.param("entries[0].votesFor", "2").param("entries[0].votesAgainst", "0").param("entries[0].abstained", "0"))
				.andExpect(redirectedUrlPattern("/council/sessions/*"));
		mvc.perform(post("/council/protocols/{id}/sign", draft.getId()).with(user(teacher)).with(csrf())
				.param("version", protocols.findById(draft.getId()).orElseThrow().version().toString()))
				.andExpect(redirectedUrlPattern("/council/sessions/*"));
		assertThat(protocols.findById(draft.getId()).orElseThrow().isSigned()).isTrue();

		mvc.perform(post("/council/protocols/{id}", draft.getId()).with(user(chair)).with(csrf()).param("lang", "en")
				.param("version", protocols.findById(draft.getId()).orElseThrow().version().toString())
				.param("entries[0].decision", "Башка").param("entries[0].kind", "GENERAL"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("A signed protocol cannot be changed.")));
		byte[] pdf = mvc.perform(get("/council/protocols/{id}/pdf", draft.getId()).with(user(school.observer())).param("lang", "ky"))
				.andExpect(status().isOk()).andExpect(header().string("Content-Type", "application/pdf"))
				.andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
					.contains("Программа жактырылсын: өңүттөр, үйрөнүү").contains("Test school № 1");
		}
		mvc.perform(get("/council/{id}/decisions", council.getId()).with(user(chair)).param("kind", "DOCUMENT_EXPERTISE"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Өнүгүү программасы 2025–2030")));
		assertThat(protocols.findById(draft.getId()).orElseThrow().entries().get(0).kind()).isEqualTo(DecisionKind.DOCUMENT_EXPERTISE);
	}

	@Test
	void anotherSchoolsCouncilIsNotFound() throws Exception {
		TestSchool other = testSchools.register();

		mvc.perform(get("/council/{id}/decisions", council.getId()).with(user(other.deputy()))).andExpect(status().isNotFound());
		mvc.perform(post("/council/{id}/sessions", council.getId()).with(user(other.deputy())).with(csrf())
				.param("date", TODAY.plusDays(1).toString()).param("time", "15:00").param("agenda", "x"))
				.andExpect(status().isNotFound());
		mvc.perform(post("/council/{id}/members", council.getId()).with(user(other.deputy())).with(csrf())
				.param("staff", other.teacher().staffId().toString()).param("role", "CREATIVE_GROUP"))
				.andExpect(status().isNotFound());

		assertThat(sessionsOfTheCouncil()).isZero();
	}

	@Test
	void otherStaffReadOnlyTheDecisionsThatConcernThem() throws Exception {
		CouncilProtocol draft = heldSession(Set.of(chair.staffId(), teacher.staffId()), "Категорияга сунуштоо");
		management.electSecretary(chair, draft.sessionId(), teacher.staffId());
		management.writeAndSign(chair, draft.getId(), null, List.of(new CouncilProtocolEntry("Категорияга сунуштоо", null,
				"Биринчи категорияга сунушталсын", DecisionKind.RECOMMEND_TEACHER, school.admin().staffId(), null, null,
				null, 2, 0, 0, kg.usulduk.council.Recommendation.ATTESTATION_CATEGORY, "биринчи категория")));
		management.sign(teacher, draft.getId(), null);

		mvc.perform(get("/council/{id}/decisions", council.getId()).with(user(school.admin())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Биринчи категорияга сунушталсын")));
		mvc.perform(get("/council/sessions/{id}", draft.sessionId()).with(user(school.admin())))
				.andExpect(status().isForbidden());
		mvc.perform(get("/council/{id}/tasks", council.getId()).with(user(teacher))).andExpect(status().isOk());
		mvc.perform(get("/council/{id}/sessions/new", council.getId()).with(user(teacher))).andExpect(status().isForbidden());
	}

	@Test
	void theDeputyFormsTheCouncilOfAYearWithoutOne() throws Exception {
		int next = SchoolYear.of(TODAY).next().startYear();
		mvc.perform(get("/council").with(user(chair)).param("year", String.valueOf(next)).param("lang", "en"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Form the council")));
		mvc.perform(post("/council").with(user(chair)).with(csrf()).param("schoolYear", String.valueOf(next))
				.param("chair", chair.staffId().toString()))
				.andExpect(redirectedUrlPattern("/council?year=*"));
		mvc.perform(post("/council").with(user(chair)).with(csrf()).param("lang", "en").param("schoolYear", String.valueOf(next))
				.param("chair", chair.staffId().toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("is already formed")));
	}

	@Test
	void aMemberPresentRecordsTheirOwnVoteAndTheSecretarySeesTheTally() throws Exception {
		CouncilProtocol draft = heldSession(Set.of(chair.staffId(), teacher.staffId()), "Иш планын бекитүү");

		mvc.perform(post("/council/protocols/{id}/my-vote", draft.getId()).with(user(teacher)).with(csrf())
				.param("item", "1").param("vote", "FOR")).andExpect(redirectedUrlPattern("/council/sessions/*"));
		mvc.perform(post("/council/protocols/{id}/my-vote", draft.getId()).with(user(school.admin())).with(csrf())
				.param("item", "1").param("vote", "AGAINST")).andExpect(status().isForbidden());

		mvc.perform(get("/council/sessions/{id}", draft.sessionId()).with(user(teacher)).param("lang", "en"))
				.andExpect(content().string(containsString("My votes")))
				.andExpect(content().string(containsString("<strong>for</strong>")));
		mvc.perform(get("/council/sessions/{id}", draft.sessionId()).with(user(chair)).param("lang", "en"))
				.andExpect(content().string(containsString("Members recorded: 1 for, 0 against, 0 abstained.")));
	}
}
