package kg.usulduk.association.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.association.internal.Protocol;
import kg.usulduk.school.meetings.ProtocolEntry;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.papers.DocumentRenderers;
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

/** A signed protocol shows what was frozen when it was signed (the shared kernel for signed documents). */
@SpringBootTest
@AutoConfigureMockMvc
class SignedProtocolFrozenWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement management;
	@Autowired SessionManagement sessions;
	@Autowired DocumentRenderers documents;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	TestSchool school;
	SchoolUser head;
	StaffId present;
	StaffId absent;
	Association association;

	@BeforeEach
	void anAssociationWithThreeMembers() {
		school = testSchools.register();
		head = school.teacher();
		present = testSchools.addTeacher(school.id(), "Осмонов Бакыт", LocalDate.of(2011, 9, 1));
		absent = testSchools.addTeacher(school.id(), "Сыдыкова Айпери", LocalDate.of(2014, 9, 1));
		association = management.open(school.deputy(), new AssociationManagement.Opening("Математика УБ",
				AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", TODAY)));
		management.admit(school.deputy(), association.getId(), null, head.staffId());
		management.admit(school.deputy(), association.getId(), null, present);
		management.admit(school.deputy(), association.getId(), null, absent);
		association = management.electHead(school.deputy(), association.getId(), null, head.staffId(),
				new OrderReference("45/1", TODAY));
	}

	Protocol signedProtocol() {
		Session session = sessions.schedule(head, association.getId(), TODAY, LocalTime.of(14, 30), "21",
				List.of(new AgendaItem("Олимпиадага даярдык", null)));
		sessions.hold(head, session.getId(), null, Set.of(head.staffId(), present));
		Protocol draft = sessions.protocolsOf(head, session.getId()).get(0);
		Protocol written = sessions.writeProtocol(head, draft.getId(), draft.version(),
				List.of(new ProtocolEntry("Олимпиадага даярдык", "Угулду", "Даярдык башталсын", null)));
		return sessions.sign(head, written.getId(), written.version());
	}

	@Test
	void renamingAStaffMemberLeavesEverySignedProtocolsPagePrintAndPdfUnchanged() throws Exception {
		Protocol signed = signedProtocol();

		testSchools.rename(head.staffId(), "Жаңы Фамилия Башчы");
		testSchools.rename(present, "Жаңы Фамилия Катышуучу");
		testSchools.rename(absent, "Жаңы Фамилия Жок");

		mvc.perform(get("/associations/protocols/{id}", signed.getId()).with(user(head))).andExpect(status().isOk())
				.andExpect(content().string(containsString(head.fullName())))
				.andExpect(content().string(containsString("Осмонов Бакыт")))
				.andExpect(content().string(containsString("Сыдыкова Айпери")))
				.andExpect(content().string(not(containsString("Жаңы Фамилия"))));
		mvc.perform(get("/associations/sessions/{id}", signed.sessionId()).with(user(head))).andExpect(status().isOk())
				.andExpect(content().string(containsString(head.fullName())))
				.andExpect(content().string(not(containsString("Жаңы Фамилия Башчы"))));
		byte[] pdf = mvc.perform(get("/associations/protocols/{id}/pdf", signed.getId()).with(user(head)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains("Осмонов Бакыт", "Сыдыкова Айпери").doesNotContain("Жаңы Фамилия");
	}

	@Test
	void theProtocolListsTheAbsentMembersByName() throws Exception {
		Protocol signed = signedProtocol();

		mvc.perform(get("/associations/protocols/{id}", signed.getId()).with(user(head)))
				.andExpect(content().string(containsString("Катышпагандар")))
				.andExpect(content().string(containsString("Сыдыкова Айпери")));
	}

	@Test
	void aProtocolIsPrintedInTheSchoolsLanguageNotTheReaders() throws Exception {
		Protocol signed = signedProtocol();

		mvc.perform(get("/associations/protocols/{id}", signed.getId()).with(user(head)).param("lang", "en"))
				.andExpect(content().string(containsString("Катышпагандар")))
				.andExpect(content().string(not(containsString("Absent"))));

		testSchools.changeSettings(school.id(), new kg.usulduk.school.SchoolSettings(4, 3, 3, List.of(3, 1), 50,
				kg.usulduk.school.CouncilMajority.OF_PRESENT, kg.usulduk.school.Language.RU));
		mvc.perform(get("/associations/protocols/{id}", signed.getId()).with(user(head)).param("lang", "en"))
				.andExpect(content().string(containsString("Отсутствовали")));
		byte[] pdf = mvc.perform(get("/associations/protocols/{id}/pdf", signed.getId()).with(user(head))
				.param("lang", "ky")).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains("заседания методического объединения", "ОТСУТСТВОВАЛИ");
	}

	@Test
	void anotherContextObtainsTheSignedProtocolsPdfByItsKindAndId() throws IOException {
		Protocol signed = signedProtocol();
		TestSchool other = testSchools.register();

		var rendered = documents.render("association.protocol", school.id(), signed.getId().value()).orElseThrow();

		assertThat(text(rendered.pdf())).contains("Олимпиадага даярдык", "Осмонов Бакыт", "Катышкандар");
		assertThat(documents.render("association.protocol", other.id(), signed.getId().value())).isEmpty();
		assertThat(documents.render("no.such.kind", school.id(), signed.getId().value())).isEmpty();
	}

	@Test
	void aDraftIsNotAFinalPaperAndIsNotRendered() {
		Session session = sessions.schedule(head, association.getId(), TODAY, LocalTime.of(15, 0), null,
				List.of(new AgendaItem("Суроо", null)));
		sessions.hold(head, session.getId(), null, Set.of(head.staffId()));
		Protocol draft = sessions.protocolsOf(head, session.getId()).get(0);

		assertThat(draft.frozen()).isNull();
		assertThat(documents.render("association.protocol", school.id(), draft.getId().value())).isEmpty();
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
