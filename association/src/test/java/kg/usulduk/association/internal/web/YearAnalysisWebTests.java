package kg.usulduk.association.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.YearAnalysisRecipient;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.Associations;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** 004 papers 4, plan I.12: the association's year analysis, handed in and printed as a PDF. */
@SpringBootTest
@AutoConfigureMockMvc
class YearAnalysisWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement management;
	@Autowired SessionManagement sessions;
	@Autowired Associations associations;

	@Test
	void theHeadRecordsThatTheYearsAnalysisWasHandedInAndItPrintsAsAPdf() throws Exception {
		TestSchool school = testSchools.register();
		SchoolUser head = school.teacher();
		LocalDate today = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
		SchoolYear year = SchoolYear.of(today);
		Association association = management.open(school.deputy(), new AssociationManagement.Opening("Тарых УБ",
				AssociationKind.SUBJECT, List.of("Тарых"), new OrderReference("7", today)));
		management.admit(school.deputy(), association.getId(), null, head.staffId());
		management.electHead(school.deputy(), association.getId(), null, head.staffId(), new OrderReference("7/1", today));
		Session last = sessions.schedule(head, association.getId(), today, LocalTime.NOON, null,
				List.of(new AgendaItem("Жылдык жыйынтык", null)));
		sessions.hold(head, last.getId(), null, Set.of(head.staffId()));
		management.completeYearEnd(school.deputy(), association.getId(), null, year, last.getId(),
				"Бирикме пландагы иштерди аткарды", "Улантуу");
		Integer version = associations.findById(association.getId()).orElseThrow().version();

		mvc.perform(post("/associations/{id}/year-analysis/handed-in", association.getId()).with(user(head)).with(csrf())
				.param("version", version.toString()).param("schoolYear", String.valueOf(year.startYear()))
				.param("recipient", "HEAD_OF_STUDIES").param("handedOn", today.toString()))
				.andExpect(redirectedUrlPattern("/associations/*"));

		assertThat(associations.findById(association.getId()).orElseThrow().yearEnd(year)).get()
				.satisfies(done -> {
					assertThat(done.handedTo()).isEqualTo(YearAnalysisRecipient.HEAD_OF_STUDIES);
					assertThat(done.handedBy()).isEqualTo(head.staffId());
				});
		mvc.perform(get("/associations/{id}/report", association.getId()).with(user(head))
				.param("year", String.valueOf(year.startYear())))
				.andExpect(status().isOk()).andExpect(content().string(containsString("окуу бөлүмүнүн башчысына")));
		byte[] pdf = mvc.perform(get("/associations/{id}/report/pdf", association.getId()).with(user(head))
				.param("year", String.valueOf(year.startYear()))).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf)).contains("Бирикме пландагы иштерди аткарды", "окуу бөлүмүнүн башчысына");
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
