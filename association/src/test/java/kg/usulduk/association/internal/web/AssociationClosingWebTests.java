package kg.usulduk.association.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.Associations;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** 001 §6.1: an association is closed, as it was opened, by the director's order. */
@SpringBootTest
@AutoConfigureMockMvc
class AssociationClosingWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement management;
	@Autowired Associations associations;

	@Test
	void closingWithoutTheOrderIsRefusedOnTheFormAndWithItTheOrderIsKept() throws Exception {
		TestSchool school = testSchools.register();
		LocalDate today = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
		Association association = management.open(school.deputy(), new AssociationManagement.Opening("Тарых УБ",
				AssociationKind.SUBJECT, List.of("Тарых"), new OrderReference("7", today)));

		mvc.perform(post("/associations/{id}/close", association.getId()).with(user(school.deputy())).with(csrf())
				.param("lang", "en").param("version", association.version().toString()).param("orderNumber", ""))
				.andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
		assertThat(associations.findById(association.getId()).orElseThrow().isOpen()).isTrue();

		mvc.perform(post("/associations/{id}/close", association.getId()).with(user(school.deputy())).with(csrf())
				.param("version", association.version().toString()).param("orderNumber", "19-к")
				.param("orderDate", today.toString()))
				.andExpect(redirectedUrlPattern("/associations/*"));
		Association closed = associations.findById(association.getId()).orElseThrow();
		assertThat(closed.isOpen()).isFalse();
		assertThat(closed.closingOrder()).contains(new OrderReference("19-к", today));
	}
}
