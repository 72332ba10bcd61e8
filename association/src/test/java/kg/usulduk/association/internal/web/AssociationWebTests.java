package kg.usulduk.association.internal.web;

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

import kg.usulduk.association.AssociationKind;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.Associations;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.association.internal.Protocol;
import kg.usulduk.school.meetings.ProtocolEntry;
import kg.usulduk.association.internal.Protocols;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.association.internal.Sessions;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffId;
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

/**
 * The association's pages, as each role sees them, and bad input on every form: a translated message on the page
 * and nothing changed.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AssociationWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement management;
	@Autowired SessionManagement sessionManagement;
	@Autowired Associations associations;
	@Autowired Sessions sessions;
	@Autowired Protocols protocols;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	TestSchool school;
	SchoolUser head;
	StaffId colleague;
	Association association;

	@BeforeEach
	void mathematicsAssociation() {
		school = testSchools.register();
		head = school.teacher();
		colleague = testSchools.addTeacher(school.id(), "Осмонов Бакыт", LocalDate.of(2011, 9, 1));
		association = management.open(school.deputy(), new AssociationManagement.Opening("Математика мугалимдеринин УБ",
				AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", TODAY)));
		management.admit(school.deputy(), association.getId(), null, head.staffId());
		management.admit(school.deputy(), association.getId(), null, colleague);
		association = management.electHead(school.deputy(), association.getId(), null, head.staffId(),
				new OrderReference("45/1", TODAY));
	}

	Protocol heldSessionWithDraft(String question) {
		Session session = sessionManagement.schedule(head, association.getId(), TODAY, LocalTime.of(14, 30), "21",
				List.of(new AgendaItem(question, null)));
		sessionManagement.hold(head, session.getId(), null, Set.of(head.staffId(), colleague));
		return sessionManagement.protocolsOf(head, session.getId()).get(0);
	}

	int sessionsOfTheAssociation() {
		return sessions.findByAssociationIdAndDateBetweenOrderByDateAscTimeAsc(association.getId(),
				TODAY.minusYears(1), TODAY.plusYears(3)).size();
	}

	@Test
	void theListShowsEachAssociationWithItsHeadAndTheRulesOfTheYear() throws Exception {
		mvc.perform(get("/associations").with(user(school.observer())).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Математика мугалимдеринин УБ")))
				.andExpect(content().string(containsString(head.fullName())))
				.andExpect(content().string(containsString("001 §5.5 at risk")));
	}

	@Test
	void theAssociationPageIsInSectionsWithAMenuAndItsManagingFormsAtTheEnd() throws Exception {
		String page = mvc.perform(get("/associations/{id}", association.getId()).with(user(school.deputy()))
				.param("lang", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

		// Issue 13: reading first, then what changes the association (members, head, closing), folded away.
		assertThat(page).contains("href=\"#people\"", "href=\"#sessions\"", "href=\"#manage\"");
		assertThat(page.indexOf("/members\"")).isGreaterThan(page.indexOf("id=\"year-end\""));
		assertThat(page.indexOf("/close\"")).isGreaterThan(page.indexOf("id=\"manage\""));
	}

	@Test
	void theAssociationPageShowsMembersDataBankHeadsAndComplianceInKyrgyz() throws Exception {
		mvc.perform(get("/associations/{id}", association.getId()).with(user(school.deputy())).param("lang", "ky"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Осмонов Бакыт")))
				.andExpect(content().string(containsString("001 §6.9")))
				.andExpect(content().string(containsString("001 §5.6")))
				.andExpect(content().string(not(containsString("association."))));
	}

	@Test
	void aTeacherOutsideTheAssociationReadsTheListButNotItsPapers() throws Exception {
		SchoolUser outsider = school.admin();
		mvc.perform(get("/associations").with(user(outsider))).andExpect(status().isOk());
		mvc.perform(get("/associations/{id}", association.getId()).with(user(outsider)).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Schedule a session"))))
				.andExpect(content().string(not(containsString("id=\"sessions-title\""))));
		mvc.perform(post("/associations/{id}/sessions", association.getId()).with(user(outsider)).with(csrf())
				.param("date", TODAY.plusDays(3).toString()).param("time", "14:30").param("agenda", "Суроо"))
				.andExpect(status().isForbidden());

		assertThat(sessionsOfTheAssociation()).isZero();
	}

	@Test
	void theHeadSchedulesASessionAndIsTakenToItsPage() throws Exception {
		mvc.perform(post("/associations/{id}/sessions", association.getId()).with(user(head)).with(csrf())
				.param("date", TODAY.plusDays(3).toString()).param("time", "14:30").param("place", "21-кабинет")
				.param("agenda", "1. Жылдык планды бекитүү\n2. Ачык сабактардын графиги"))
				.andExpect(redirectedUrlPattern("/associations/sessions/*"));

		assertThat(sessions.findByAssociationIdAndDateBetweenOrderByDateAscTimeAsc(association.getId(), TODAY,
				TODAY.plusDays(5))).singleElement().satisfies(s -> assertThat(s.agendaTitles())
						.containsExactly("Жылдык планды бекитүү", "Ачык сабактардын графиги"));
	}

	@Test
	void aSessionWithoutAnAgendaIsRefusedOnItsField() throws Exception {
		mvc.perform(post("/associations/{id}/sessions", association.getId()).with(user(head)).with(csrf())
				.param("lang", "en").param("date", TODAY.plusDays(3).toString()).param("time", "14:30").param("agenda", "  \n "))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("A session needs at least one question on its agenda.")));

		assertThat(sessionsOfTheAssociation()).isZero();
	}

	@Test
	void aNewSessionOnAPastDayIsRefusedInRussian() throws Exception {
		mvc.perform(post("/associations/{id}/sessions", association.getId()).with(user(head)).with(csrf())
				.param("lang", "ru").param("date", TODAY.minusDays(1).toString()).param("time", "14:30").param("agenda", "Суроо"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("lang=\"ru\"")))
				.andExpect(content().string(not(containsString("association.date.past"))))
				.andExpect(content().string(containsString("field-error")));
		mvc.perform(post("/associations/{id}/sessions", association.getId()).with(user(head)).with(csrf())
				.param("lang", "en").param("date", "not-a-date").param("time", "25:99").param("agenda", "Суроо"))
				.andExpect(status().isOk());

		assertThat(sessionsOfTheAssociation()).isZero();
	}

	@Test
	void aHeadWhoIsNotAMemberIsRefusedOnThePage() throws Exception {
		StaffId outsider = testSchools.addTeacher(school.id(), "Каримов Эрлан", LocalDate.of(2014, 9, 1));

		mvc.perform(post("/associations/{id}/head", association.getId()).with(user(school.deputy())).with(csrf())
				.param("lang", "en").param("version", associations.findById(association.getId()).orElseThrow().version().toString())
				.param("head", outsider.toString()).param("elected", "false")
				.param("orderNumber", "46").param("orderDate", TODAY.toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The head must be one of the association&#39;s members (001 §5.1).")));

		assertThat(associations.findById(association.getId()).orElseThrow().head()).contains(head.staffId());
	}

	@Test
	void aProtocolWithoutDecisionsIsNotSigned() throws Exception {
		Protocol draft = heldSessionWithDraft("Ачык сабактардын графиги");

		mvc.perform(post("/associations/protocols/{id}/sign", draft.getId()).with(user(head)).with(csrf())
				.param("lang", "en").param("version", draft.version().toString())
				.param("entries[0].considered", "Баяндама угулду").param("entries[0].decision", "")
				.param("entries[0].proposals", ""))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Question 1 has no decision")))
				.andExpect(content().string(containsString("Баяндама угулду")));

		Protocol after = protocols.findById(draft.getId()).orElseThrow();
		assertThat(after.isSigned()).isFalse();
		assertThat(after.entries().get(0).considered()).isNull();
	}

	@Test
	void aSignedProtocolCannotBeEditedNorSignedTwice() throws Exception {
		Protocol draft = heldSessionWithDraft("Ачык сабактардын графиги");
		mvc.perform(post("/associations/protocols/{id}/sign", draft.getId()).with(user(head)).with(csrf())
				.param("version", draft.version().toString())
				.param("entries[0].considered", "Жумабаев Н. график сунуштады")
				.param("entries[0].decision", "График бекитилсин").param("entries[0].proposals", ""))
				.andExpect(redirectedUrlPattern("/associations/sessions/*"));
		Protocol signed = protocols.findById(draft.getId()).orElseThrow();
		assertThat(signed.isSigned()).isTrue();

		mvc.perform(post("/associations/protocols/{id}", draft.getId()).with(user(head)).with(csrf()).param("lang", "en")
				.param("version", signed.version().toString()).param("entries[0].decision", "Башка токтом"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("A signed protocol cannot be changed.")));
		mvc.perform(post("/associations/protocols/{id}/sign", draft.getId()).with(user(head)).with(csrf()).param("lang", "en")
				.param("version", signed.version().toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("A signed protocol cannot be changed.")));

		assertThat(protocols.findById(draft.getId()).orElseThrow().entries().get(0).decision()).isEqualTo("График бекитилсин");
	}

	@Test
	void theSignedProtocolDownloadsAsAPdfWithItsKyrgyzText() throws Exception {
		Protocol draft = heldSessionWithDraft("Өңүттөрдү үйрөнүү: ң ө ү");
		sessionManagement.writeAndSign(head, draft.getId(), null, List.of(new ProtocolEntry("Өңүттөрдү үйрөнүү: ң ө ү",
				"Мүчөлөр угушту", "Бекитилсин: Үмүт, Өмүр, Төңкөрүш", null)));

		mvc.perform(get("/associations/protocols/{id}", draft.getId()).with(user(school.director())).param("lang", "ky"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Бекитилсин: Үмүт, Өмүр, Төңкөрүш")));
		byte[] pdf = mvc.perform(get("/associations/protocols/{id}/pdf", draft.getId()).with(user(head)).param("lang", "ky"))
				.andExpect(status().isOk())
				.andExpect(header().string("Content-Type", "application/pdf"))
				.andReturn().getResponse().getContentAsByteArray();

		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("Бекитилсин: Үмүт, Өмүр, Төңкөрүш").contains("Өңүттөрдү үйрөнүү: ң ө ү")
					.contains("Test school № 1").contains(head.fullName());
		}
	}

	@Test
	void anotherSchoolsAssociationIsNotFoundAndNotChanged() throws Exception {
		TestSchool other = testSchools.register();

		mvc.perform(get("/associations/{id}", association.getId()).with(user(other.deputy())))
				.andExpect(status().isNotFound());
		mvc.perform(post("/associations/{id}/members", association.getId()).with(user(other.deputy())).with(csrf())
				.param("staff", other.teacher().staffId().toString()))
				.andExpect(status().isNotFound());
		mvc.perform(post("/associations/{id}/sessions", association.getId()).with(user(other.deputy())).with(csrf())
				.param("date", TODAY.plusDays(3).toString()).param("time", "14:30").param("agenda", "Суроо"))
				.andExpect(status().isNotFound());

		assertThat(associations.findById(association.getId()).orElseThrow().currentMembers()).hasSize(2);
		assertThat(sessionsOfTheAssociation()).isZero();
	}

	@Test
	void theDeputyOpensAnAssociationAndBadInputIsShownOnTheForm() throws Exception {
		mvc.perform(post("/associations").with(user(school.deputy())).with(csrf()).param("lang", "en")
				.param("name", "").param("kind", "SUBJECT").param("orderNumber", "").param("orderDate", TODAY.plusDays(5).toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Please fill this in.")));
		mvc.perform(post("/associations").with(user(school.deputy())).with(csrf()).param("lang", "en")
				.param("name", "Тарых").param("kind", "SUBJECT").param("orderNumber", "50").param("orderDate", TODAY.plusDays(5).toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("An order cannot be dated in the future.")));
		assertThat(associations.findBySchoolIdOrderByName(school.id())).hasSize(1);

		mvc.perform(post("/associations").with(user(school.deputy())).with(csrf())
				.param("name", "Тарых жана коомдук илимдер").param("kind", "SUBJECT_CYCLE").param("subjects", "Тарых, Адам жана коом")
				.param("orderNumber", "50").param("orderDate", TODAY.toString()))
				.andExpect(redirectedUrlPattern("/associations/*"));
		assertThat(associations.findBySchoolIdOrderByName(school.id())).hasSize(2);
		mvc.perform(post("/associations").with(user(head)).with(csrf())
				.param("name", "Башка").param("kind", "SUBJECT").param("orderNumber", "51").param("orderDate", TODAY.toString()))
				.andExpect(status().isForbidden());
	}

	@Test
	void everyPageOfTheContextRendersForTheHead() throws Exception {
		Protocol draft = heldSessionWithDraft("Суроо");
		mvc.perform(get("/associations/new").with(user(school.director()))).andExpect(status().isOk());
		mvc.perform(get("/associations/{id}/sessions/new", association.getId()).with(user(head))).andExpect(status().isOk());
		mvc.perform(get("/associations/sessions/{id}", draft.sessionId()).with(user(head)))
				.andExpect(status().isOk()).andExpect(content().string(containsString("entries[0].decision")));
		Session scheduled = sessionManagement.schedule(head, association.getId(), TODAY.plusDays(1), LocalTime.NOON, null,
				List.of(new AgendaItem("Суроо", null)));
		mvc.perform(get("/associations/sessions/{id}", scheduled.getId()).with(user(head)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("value=\"" + colleague + "\" checked")));
		mvc.perform(get("/associations/{id}/activities/new", association.getId()).with(user(head))).andExpect(status().isOk());
		mvc.perform(post("/associations/{id}/activities", association.getId()).with(user(head)).with(csrf())
				.param("kind", "OPEN_LESSON").param("title", "Ачык сабак: Пифагор теоремасы")
				.param("responsible", colleague.toString()).param("date", TODAY.plusDays(2).toString()).param("time", "10:00")
				.param("classGroup", "8Б"))
				.andExpect(redirectedUrlPattern("/activities/*"));
		mvc.perform(get("/activities").with(user(school.teacher())).param("month", TODAY.plusDays(2).toString().substring(0, 7)))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Ачык сабак: Пифагор теоремасы")))
				.andExpect(content().string(containsString("Математика мугалимдеринин УБ")))
				.andExpect(content().string(containsString("Осмонов Бакыт")));
		mvc.perform(get("/associations/{id}/report", association.getId()).with(user(school.observer())))
				.andExpect(status().isOk());
		mvc.perform(post("/associations/{id}/topics", association.getId()).with(user(head)).with(csrf())
				.param("staff", colleague.toString()).param("schoolYear", String.valueOf(kg.usulduk.school.SchoolYear.of(TODAY).startYear()))
				.param("topic", "Физикадан лабораториялык иштер"))
				.andExpect(redirectedUrlPattern("/associations/*"));
		mvc.perform(get("/associations/{id}", association.getId()).with(user(school.director())))
				.andExpect(content().string(containsString("Физикадан лабораториялык иштер")));
	}

	@Test
	void anActivityGivenBySomeoneOutsideTheAssociationIsRefused() throws Exception {
		mvc.perform(post("/associations/{id}/activities", association.getId()).with(user(head)).with(csrf())
				.param("lang", "en").param("kind", "OPEN_LESSON").param("title", "Ачык сабак")
				.param("responsible", school.director().staffId().toString()).param("date", TODAY.plusDays(2).toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Choose a member of the association.")));
	}
}
