package kg.usulduk.mentorship.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.mentorship.MentorshipId;
import kg.usulduk.mentorship.internal.MentorshipManagement;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Plan IV.1 through the pages: proposed, accepted, assigned by the director's order, planned, met, counted. */
@SpringBootTest
@AutoConfigureMockMvc
class MentorshipWebTests {

	static final LocalDate TODAY = LocalDate.now(SchoolSettings.DEFAULT_TIME_ZONE);

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired MentorshipManagement mentorships;

	TestSchool school;
	SchoolUser head;
	SchoolUser mentor;
	StaffId young;

	@BeforeEach
	void anAssociationWithAYoungTeacher() {
		school = testSchools.register();
		head = testSchools.addPerson(school, kg.usulduk.school.Role.TEACHER, "Асанова Гүлнара");
		mentor = testSchools.addPerson(school, kg.usulduk.school.Role.TEACHER, "Осмонов Бакыт");
		young = testSchools.addTeacher(school.id(), "Жумабаева Айпери", TODAY.minusYears(1));
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening(
				"Математика мугалимдеринин УБ", AssociationKind.SUBJECT, List.of("Математика"),
				new OrderReference("45", TODAY)));
		for (StaffId member : List.of(head.staffId(), mentor.staffId(), young)) {
			associations.admit(school.deputy(), association.getId(), null, member);
		}
		associations.electHead(school.deputy(), association.getId(), null, head.staffId(),
				new OrderReference("45/1", TODAY));
	}

	@Test
	void aPairIsProposedAcceptedAssignedPlannedAndItsHoursAreShown() throws Exception {
		String pairPage = mvc.perform(post("/mentorship").with(user(head)).with(csrf())
				.param("youngTeacher", young.toString()).param("mentor", mentor.staffId().toString()))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		MentorshipId pair = MentorshipId.of(pairPage.substring(pairPage.lastIndexOf('/') + 1));

		// The head sees no answer form; the mentor does, and accepts.
		mvc.perform(get(pairPage).with(user(head)).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(not(containsString("/accept"))));
		mvc.perform(get(pairPage).with(user(mentor)).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(containsString("/accept")));
		mvc.perform(post(pairPage + "/accept").with(user(mentor)).with(csrf()).param("version", version(pair)))
				.andExpect(status().is3xxRedirection());

		// The director orders it; the print shows the frozen table and a "have read" line per person named.
		mvc.perform(get("/mentorship/orders/new").with(user(school.director())).param("lang", "en"))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Жумабаева Айпери")));
		String orderPage = mvc.perform(post("/mentorship/orders").with(user(school.director())).with(csrf())
				.param("pairs", pair.toString()).param("number", "7").param("date", TODAY.toString())
				.param("basis", "Методикалык бирикменин сунушу").param("controlledBy", school.deputy().staffId().toString()))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(orderPage).startsWith("/mentorship/orders/");
		testSchools.rename(young, "Жумабаева-Сыдыкова Айпери");
		mvc.perform(get(orderPage).with(user(head))).andExpect(status().isOk())
				.andExpect(content().string(containsString("БУЙРУК № 7")))
				.andExpect(content().string(containsString("Жумабаева Айпери")))
				.andExpect(content().string(not(containsString("Жумабаева-Сыдыкова"))))
				.andExpect(content().string(containsString("Буйрук менен тааныштым")));
		mvc.perform(get(orderPage + "/pdf").with(user(head))).andExpect(status().isOk())
				.andExpect(header().string("Content-Type", containsString("application/pdf")));

		// The mentor plans, the head approves, the mentor logs a meeting: its hours show.
		mvc.perform(post(pairPage + "/plan").with(user(mentor)).with(csrf()).param("version", version(pair))
				.param("owner", "MENTOR").param("month", YearMonth.from(TODAY).toString())
				.param("what", "Ченемдик документтер")).andExpect(status().is3xxRedirection());
		mvc.perform(post(pairPage + "/plan/approve").with(user(head)).with(csrf()).param("version", version(pair))
				.param("plan", "MENTOR")).andExpect(status().is3xxRedirection());
		mvc.perform(post(pairPage + "/meetings").with(user(mentor)).with(csrf()).param("version", version(pair))
				.param("kind", "CONSULTATION").param("topic", "Сабакты пландоо").param("date", TODAY.toString())
				.param("time", "15:00").param("minutes", "90")).andExpect(status().is3xxRedirection());

		mvc.perform(get(pairPage).with(user(mentor)).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Ченемдик документтер")))
				.andExpect(content().string(containsString("approved")))
				.andExpect(content().string(containsString("Сабакты пландоо")))
				.andExpect(content().string(containsString("<span id=\"hours-held\">1.5</span>")));
		mvc.perform(get("/mentorship").with(user(school.teacher())).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(containsString("assigned")))
				.andExpect(content().string(containsString("Математика мугалимдеринин УБ")))
				.andExpect(content().string(containsString("1.5")));
	}

	@Test
	void aThirtyHourMeetingAndAMeetingBeforeTheOrderAreRefusedOnTheFormAndChangeNothing() throws Exception {
		var pair = mentorships.propose(head, young, mentor.staffId(), null);
		mentorships.accept(mentor, pair.getId(), null);
		mvc.perform(post("/mentorship/{id}/meetings", pair.getId()).with(user(mentor)).with(csrf())
				.param("version", version(pair.getId())).param("kind", "CONSULTATION").param("topic", "Тема")
				.param("date", TODAY.toString()).param("minutes", "45").param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Plans, meetings and reports begin once the director")));
		mentorships.assign(school.director(), new kg.usulduk.mentorship.internal.MentorOrder.Heading("8", TODAY, "Сунуш",
				null, null, school.deputy().staffId(), null), List.of(pair.getId()));
		String before = version(pair.getId());
		mvc.perform(post("/mentorship/{id}/meetings", pair.getId()).with(user(mentor)).with(csrf())
				.param("version", before).param("kind", "MENTOR_VISITS_LESSON").param("topic", "")
				.param("date", TODAY.toString()).param("minutes", "1800").param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("A meeting lasts between 1 and 480 minutes")))
				// Every refusal at once: the topic and the visit's observation sheet are missing too.
				.andExpect(content().string(containsString("<small id=\"topic-error\" class=\"field-error\">Please fill this in.</small>")))
				.andExpect(content().string(containsString("<small id=\"observation-error\" class=\"field-error\">Please fill this in.</small>")));
		assertThat(version(pair.getId())).isEqualTo(before);
		assertThat(mentorships.pair(mentor, pair.getId()).meetings()).isEmpty();
	}

	private String version(MentorshipId pair) {
		return String.valueOf(mentorships.pair(school.deputy(), pair).version());
	}
}
