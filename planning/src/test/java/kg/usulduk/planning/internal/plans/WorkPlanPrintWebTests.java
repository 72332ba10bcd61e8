package kg.usulduk.planning.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.planning.internal.plans.WorkPlanManagement.ItemInput;
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

/** The work plan printed in the template's layout with its approval marks (001 plan header, §5.3). */
@SpringBootTest
@AutoConfigureMockMvc
class WorkPlanPrintWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired WorkPlanManagement plans;

	@Test
	void anApprovedPlanPrintsWithTheDirectorsApprovalAndTheDeputysAgreementAsAPdfToo() throws Exception {
		LocalDate today = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
		TestSchool school = testSchools.register();
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening("Тарых УБ",
				AssociationKind.SUBJECT, List.of("Тарых"), new OrderReference("45", today)));
		associations.admit(school.deputy(), association.getId(), null, school.teacher().staffId());
		associations.electHead(school.deputy(), association.getId(), null, school.teacher().staffId(),
				new OrderReference("45/1", today));
		WorkPlan draft = plans.startFromTemplate(school.teacher(), association.getId(), SchoolYear.of(today),
				Locale.forLanguageTag("ky"));
		for (PlanItem item : draft.items()) {
			plans.changeItem(school.teacher(), draft.getId(), null, item.ref(),
					new ItemInput(item.section(), item.what(), school.teacher().staffId(), PlanTime.inQuarter(1)));
		}
		plans.agree(school.deputy(), draft.getId(), null);
		plans.approve(school.director(), draft.getId(), null);

		mvc.perform(get("/plans/{id}/print", draft.getId()).with(user(school.teacher())).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("БЕКИТЕМИН")))
				.andExpect(content().string(containsString(school.director().fullName())))
				.andExpect(content().string(containsString(school.deputy().fullName())));
		byte[] pdf = mvc.perform(get("/plans/{id}/pdf", draft.getId()).with(user(school.teacher())))
				.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(text(pdf).replaceAll("\\s+", " ")).contains("БЕКИТЕМИН", "МАКУЛДАШЫЛДЫ", school.director().fullName(), "Тарых УБ");
	}

	private static String text(byte[] pdf) throws IOException {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
	}
}
