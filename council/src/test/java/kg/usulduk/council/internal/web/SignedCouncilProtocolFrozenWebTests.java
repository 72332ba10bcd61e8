package kg.usulduk.council.internal.web;

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

import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.MemberRole;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.council.internal.Council;
import kg.usulduk.council.internal.CouncilManagement;
import kg.usulduk.council.internal.CouncilProtocol;
import kg.usulduk.council.internal.CouncilProtocolEntry;
import kg.usulduk.council.internal.CouncilProtocols;
import kg.usulduk.council.internal.CouncilSession;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.papers.DocumentRenderers;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A signed council protocol shows what was frozen when it was signed (the shared kernel for signed documents). */
@SpringBootTest
@AutoConfigureMockMvc
class SignedCouncilProtocolFrozenWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired CouncilManagement management;
	@Autowired CouncilProtocols protocols;
	@Autowired DocumentRenderers documents;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	@Test
	void renamingTheChairSecretaryAndResponsiblePersonLeavesTheSignedProtocolUnchanged() throws Exception {
		TestSchool school = testSchools.register();
		SchoolUser chair = school.deputy();
		SchoolUser teacher = school.teacher();
		Council council = management.form(chair, SchoolYear.of(TODAY), null);
		management.seat(chair, council.getId(), null, teacher.staffId(), MemberRole.CREATIVE_GROUP);
		CouncilSession session = management.schedule(chair, council.getId(), TODAY, LocalTime.of(15, 0), null,
				List.of(new AgendaItem("Иш планын аткаруу")), false);
		management.hold(chair, session.getId(), null, Set.of(chair.staffId(), teacher.staffId()));
		CouncilProtocol draft = protocols.findBySessionId(session.getId()).get(0);
		management.electSecretary(chair, draft.sessionId(), teacher.staffId());
		management.writeAndSign(chair, draft.getId(), null, List.of(new CouncilProtocolEntry("Иш планын аткаруу", null,
				"Графикти жаңыртуу", DecisionKind.TASK, null, null, teacher.staffId(), TODAY.plusDays(10), 2, 0, 0)));
		management.sign(teacher, draft.getId(), null);

		testSchools.rename(chair.staffId(), "Жаңы Фамилия Төрага");
		testSchools.rename(teacher.staffId(), "Жаңы Фамилия Катчы");

		mvc.perform(get("/council/protocols/{id}", draft.getId()).with(user(chair))).andExpect(status().isOk())
				.andExpect(content().string(containsString(chair.fullName())))
				.andExpect(content().string(containsString(teacher.fullName())))
				.andExpect(content().string(not(containsString("Жаңы Фамилия"))));
		byte[] pdf = mvc.perform(get("/council/protocols/{id}/pdf", draft.getId()).with(user(chair)))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains(teacher.fullName()).doesNotContain("Жаңы Фамилия");
		assertThat(text(documents.render("council.protocol", school.id(), draft.getId().value()).orElseThrow().pdf()))
				.contains(chair.fullName(), teacher.fullName());
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
