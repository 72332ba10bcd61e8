package kg.usulduk.association.internal.documents.web;

import static org.assertj.core.api.Assertions.assertThat;
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

import kg.usulduk.association.AssociationKind;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.association.internal.documents.MemberDocument;
import kg.usulduk.association.internal.documents.MemberDocumentManagement;
import kg.usulduk.association.internal.documents.PlanItem;
import kg.usulduk.association.internal.documents.PlanSection;
import kg.usulduk.school.Role;
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

/** The pages of members' documents (001 §3.4–3.5): the form, the lists, the page, the session's list, the print. */
@SpringBootTest(classes = kg.usulduk.AssociationTestApplication.class)
@AutoConfigureMockMvc
class MemberDocumentWebTests {

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement management;
	@Autowired SessionManagement sessions;
	@Autowired MemberDocumentManagement documents;
	@Autowired JdbcClient jdbc;

	TestSchool school;
	SchoolUser head;
	SchoolUser member;
	Association association;

	@BeforeEach
	void mathematicsAssociation() {
		school = testSchools.register();
		head = school.teacher();
		member = testSchools.addPerson(school, Role.TEACHER, "Осмонов Бакыт");
		association = management.open(school.deputy(), new AssociationManagement.Opening("Математика мугалимдеринин УБ",
				AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", TODAY)));
		management.admit(school.deputy(), association.getId(), null, head.staffId());
		management.admit(school.deputy(), association.getId(), null, member.staffId());
		association = management.electHead(school.deputy(), association.getId(), null, head.staffId(),
				new OrderReference("45/1", TODAY));
	}

	@Test
	void aMemberWritesAPlanOneItemALineAndFindsItInTheirList() throws Exception {
		for (String kind : List.of("INDIVIDUAL_WORK_PLAN", "EXAM_MATERIALS")) {
			mvc.perform(get("/associations/{id}/documents/new", association.getId()).with(user(member)).param("kind", kind)
					.param("lang", "en")).andExpect(status().isOk())
					.andExpect(content().string(not(containsString("association.document."))));
		}
		mvc.perform(post("/associations/{id}/documents", association.getId()).with(user(member)).with(csrf())
				.param("kind", "INDIVIDUAL_WORK_PLAN").param("schoolYear", String.valueOf(SchoolYear.of(TODAY).startYear()))
				.param("title", "Жеке иш планы").param("sharing", "Ачык сабак: Бөлчөктөр; ноябрь\nЧыгармачыл отчет; март"))
				.andExpect(status().is3xxRedirection());

		mvc.perform(get("/associations/documents").with(user(member)).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Жеке иш планы")))
				.andExpect(content().string(containsString("draft")));
		java.util.UUID id = jdbc.sql("select id from association.member_documents where author = :a")
				.param("a", member.staffId().value()).query(java.util.UUID.class).single();
		MemberDocument plan = documents.find(member, new kg.usulduk.association.MemberDocumentId(id));
		assertThat(plan.items()).extracting(PlanItem::due).containsExactly("ноябрь", "март");
	}

	@Test
	void finalAttestationMaterialsForAClassThatDoesNotGraduateAreRefusedOnTheField() throws Exception {
		// 001 §3.5: the final attestation is held in the graduating classes.
		mvc.perform(post("/associations/{id}/documents", association.getId()).with(user(member)).with(csrf())
				.param("lang", "en").param("kind", "EXAM_MATERIALS")
				.param("schoolYear", String.valueOf(SchoolYear.of(TODAY).startYear())).param("title", "Билеттер")
				.param("exam", "FINAL").param("subject", "Алгебра").param("grade", "8").param("form", "ORAL")
				.param("content", "25 билет"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The final attestation is held in the graduating classes")));
		assertThat(jdbc.sql("select count(*) from association.member_documents where author = :a")
				.param("a", member.staffId().value()).query(Long.class).single()).isZero();
	}

	@Test
	void aFormThatCannotBeBoundIsShownAgainNotAServerError() throws Exception {
		mvc.perform(post("/associations/{id}/documents", association.getId()).with(user(member)).with(csrf())
				.param("kind", "EXAM_MATERIALS").param("schoolYear", "2026-13-01").param("title", "Билеттер")
				.param("grade", "seven"))
				.andExpect(status().is(org.hamcrest.Matchers.lessThan(500)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "ky", "ru", "en" })
	void theSessionPageListsTheDocumentsItWillApprove(String lang) throws Exception {
		MemberDocument plan = documents.draftPlan(member, association.getId(), SchoolYear.of(TODAY), "Бакыттын планы",
				List.of(new PlanItem(PlanSection.PROFESSIONAL_GROWTH, "Курстар", "январь")));
		MemberDocument submitted = documents.submit(member, plan.getId(), null);
		Session session = sessions.schedule(head, association.getId(), TODAY.plusDays(5), LocalTime.of(14, 30), null,
				List.of(new AgendaItem("Жеке пландар", null)));
		mvc.perform(post("/associations/documents/{id}/session", plan.getId()).with(user(head)).with(csrf())
				.param("version", String.valueOf(submitted.version())).param("session", session.getId().toString()))
				.andExpect(status().is3xxRedirection());

		mvc.perform(get("/associations/sessions/{id}", session.getId()).with(user(member)).param("lang", lang))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Бакыттын планы")))
				.andExpect(content().string(containsString("/associations/documents/" + plan.getId())))
				.andExpect(content().string(containsString("Осмонов Бакыт")))
				.andExpect(content().string(not(containsString("association.document."))));
		mvc.perform(get("/associations/documents/{id}", plan.getId()).with(user(school.director())).param("lang", lang))
				.andExpect(status().isOk()).andExpect(content().string(not(containsString("association.document."))));
		mvc.perform(get("/associations/{id}/documents", association.getId()).with(user(school.deputy())).param("lang", lang))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Бакыттын планы")));
		mvc.perform(get("/associations/documents/{id}/print", plan.getId()).with(user(head)).param("lang", lang))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Курстар")));
		mvc.perform(get("/associations/documents/{id}/edit", plan.getId()).with(user(head)))
				.andExpect(status().isForbidden());
		mvc.perform(get("/associations/documents/{id}/edit", plan.getId()).with(user(member)).param("lang", lang))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Курстар; январь")));
	}

	@org.junit.jupiter.api.Test
	void theDocumentIsAlsoAPdfThatReadersDownload() throws Exception {
		MemberDocument plan = documents.draftPlan(member, association.getId(), SchoolYear.of(TODAY), "Бакыттын планы",
				List.of(new PlanItem(PlanSection.PROFESSIONAL_GROWTH, "Курстар", "январь")));

		byte[] pdf = mvc.perform(get("/associations/documents/{id}/pdf", plan.getId()).with(user(school.deputy())))
				.andExpect(status().isOk())
				.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
						.string("Content-Type", containsString("application/pdf")))
				.andReturn().getResponse().getContentAsByteArray();
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			org.assertj.core.api.Assertions.assertThat(text).contains("Курстар").contains("Бакыттын планы");
		}
	}
}
