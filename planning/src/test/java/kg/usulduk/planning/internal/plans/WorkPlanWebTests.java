package kg.usulduk.planning.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.planning.internal.plans.WorkPlanManagement.ItemInput;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The work plan pages: what each person sees, and bad inputs that show a translated message and change nothing. */
@SpringBootTest
@AutoConfigureMockMvc
class WorkPlanWebTests {

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	static final SchoolYear YEAR = SchoolYear.of(TODAY);

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired WorkPlanManagement plans;
	@Autowired WorkPlans repository;

	TestSchool school;
	SchoolUser head;
	Association association;
	WorkPlan plan;

	@BeforeEach
	void mathematicsWithADraftPlan() {
		school = testSchools.register();
		head = school.teacher();
		association = associations.open(school.deputy(), new AssociationManagement.Opening("Математика УБ",
				AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", TODAY)));
		associations.admit(school.deputy(), association.getId(), null, head.staffId());
		associations.electHead(school.deputy(), association.getId(), null, head.staffId(), new OrderReference("45/1", TODAY));
		plan = plans.startFromTemplate(head, association.getId(), YEAR, Locale.ENGLISH);
	}

	WorkPlan stored() {
		return repository.findById(plan.getId()).orElseThrow();
	}

	@Test
	void anItemOutsideTheSchoolYearShowsATranslatedMessageAndChangesNothing() throws Exception {
		mvc.perform(post("/plans/{id}/items", plan.getId()).with(user(head)).with(csrf()).param("lang", "en")
				.param("version", plan.version().toString()).param("section", "METHODOLOGY").param("what", "Open lesson")
				.param("responsible", head.staffId().toString()).param("day", YEAR.end().plusDays(1).toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The time must fall within the school year " + YEAR)));
		mvc.perform(post("/plans/{id}/items", plan.getId()).with(user(head)).with(csrf()).param("lang", "ky")
				.param("version", plan.version().toString()).param("section", "METHODOLOGY").param("what", "Ачык сабак")
				.param("responsible", head.staffId().toString()).param("month", YEAR.start().minusMonths(1).toString().substring(0, 7)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("окуу жылынын ичинде болушу керек")));

		assertThat(stored().items()).hasSize(30);
		assertThat(stored().version()).isEqualTo(plan.version());
	}

	@Test
	void anItemWithinTheYearIsAddedAndShown() throws Exception {
		mvc.perform(post("/plans/{id}/items", plan.getId()).with(user(head)).with(csrf())
				.param("version", plan.version().toString()).param("section", "METHODOLOGY").param("what", "Open lesson on fractions")
				.param("responsible", head.staffId().toString()).param("quarter", "2"))
				.andExpect(redirectedUrl("/plans/" + plan.getId()));
		mvc.perform(get("/plans/{id}", plan.getId()).with(user(school.admin())).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Open lesson on fractions")))
				.andExpect(content().string(containsString("quarter 2")));
	}

	@Test
	void theDirectorApprovingAPlanTheDeputyHasNotAgreedToIsRefusedInTheirLanguage() throws Exception {
		mvc.perform(post("/plans/{id}/approve", plan.getId()).with(user(school.director())).with(csrf()).param("lang", "ru")
				.param("version", plan.version().toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Директор утверждает план только после согласования заместителем.")));

		assertThat(stored().status()).isEqualTo(WorkPlan.Status.DRAFT);
		assertThat(stored().steps()).isEmpty();
	}

	@Test
	void anUnknownResponsiblePersonIsRefusedAtTheField() throws Exception {
		SchoolUser stranger = testSchools.register().teacher();
		mvc.perform(post("/plans/{id}/items", plan.getId()).with(user(head)).with(csrf()).param("lang", "en")
				.param("version", plan.version().toString()).param("section", "ORGANISATION").param("what", "Report")
				.param("responsible", stranger.staffId().toString()).param("quarter", "4"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The responsible person must be a current staff member of the school.")));
		PlanItem item = plan.items().get(0);
		mvc.perform(post("/plans/{id}/items/{item}", plan.getId(), item.ref()).with(user(head)).with(csrf()).param("lang", "ky")
				.param("version", plan.version().toString()).param("section", "ORGANISATION").param("what", item.what())
				.param("responsible", stranger.staffId().toString()).param("quarter", "1"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Жооптуу адам мектептин азыркы кызматкери болушу керек.")));

		assertThat(stored().items()).hasSize(30);
		assertThat(stored().items().get(0).responsible()).isNull();
	}

	@Test
	void anotherSchoolsPlanIsNotFoundAndNotChanged() throws Exception {
		TestSchool other = testSchools.register();
		mvc.perform(get("/plans/{id}", plan.getId()).with(user(other.deputy())).param("lang", "en"))
				.andExpect(status().isNotFound());
		mvc.perform(post("/plans/{id}/agree", plan.getId()).with(user(other.deputy())).with(csrf()))
				.andExpect(status().isNotFound());
		mvc.perform(post("/plans/{id}/items", plan.getId()).with(user(other.director())).with(csrf())
				.param("section", "ORGANISATION").param("what", "Report")
				.param("responsible", other.teacher().staffId().toString()).param("quarter", "1"))
				.andExpect(status().isNotFound());
		mvc.perform(get("/plans/{id}/compare", plan.getId()).with(user(other.deputy())).param("with", plan.getId().toString()))
				.andExpect(status().isNotFound());
		mvc.perform(get("/plans").with(user(other.deputy())).param("lang", "en"))
				.andExpect(content().string(not(containsString("Математика УБ"))));

		assertThat(stored().status()).isEqualTo(WorkPlan.Status.DRAFT);
		assertThat(stored().items()).hasSize(30);
	}

	@Test
	void aTeacherWhoIsNotTheHeadCannotEditAndTheObserverOnlyReads() throws Exception {
		mvc.perform(post("/plans/{id}/items", plan.getId()).with(user(school.admin())).with(csrf())
				.param("version", stored().version().toString()).param("section", "ORGANISATION").param("what", "Report").param("quarter", "1")
				.param("responsible", head.staffId().toString()))
				.andExpect(status().isForbidden());
		mvc.perform(get("/plans/{id}", plan.getId()).with(user(school.observer())).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(not(containsString("Add an item"))));
		assertThat(stored().items()).hasSize(30);
	}

	@Test
	void aFormShowingAnOlderVersionIsRefusedAsAConcurrentEditAndChangesNothing() throws Exception {
		Integer shown = plan.version();
		plans.removeItem(head, plan.getId(), shown, plan.items().get(0).ref());

		mvc.perform(post("/plans/{id}/items/{item}/remove", plan.getId(), plan.items().get(1).ref()).with(user(head))
				.with(csrf()).param("lang", "en").param("version", shown.toString()))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Someone else changed this record while you were editing it")));
		assertThat(stored().items()).hasSize(29);
	}

	@Test
	void thePagesRenderInEveryLanguage() throws Exception {
		for (PlanItem item : plan.items()) {
			plans.changeItem(head, plan.getId(), null, item.ref(),
					new ItemInput(item.section(), item.what(), head.staffId(), PlanTime.in(java.time.YearMonth.from(YEAR.start()))));
		}
		plans.agree(school.deputy(), plan.getId(), null);
		plans.approve(school.director(), plan.getId(), null);
		WorkPlan second = plans.revise(head, plan.getId(), null);

		mvc.perform(get("/plans").with(user(school.teacher())).param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Математика УБ")))
				.andExpect(content().string(containsString("approved")));
		mvc.perform(get("/plans/{id}", plan.getId()).with(user(school.deputy())).param("lang", "ky"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("I бөлүм. Уюштуруу иштери")))
				.andExpect(content().string(containsString("бекитилген")));
		mvc.perform(get("/plans/{id}", second.getId()).with(user(head)).param("lang", "ru"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Редакция 1 утверждена и действует")));
		mvc.perform(get("/plans/{id}/compare", second.getId()).with(user(head)).param("with", plan.getId().toString())
				.param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The two versions read the same.")));
		mvc.perform(get("/plans/new").with(user(head)).param("association", association.getId().toString()).param("lang", "ru"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Создать проект по образцу")));
		mvc.perform(get("/plans/{id}/period", plan.getId()).with(user(head)).param("quarter", "1").param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(plan.items().get(0).what().replace("'", "&#39;"))));
		mvc.perform(get("/plans/{id}/period", plan.getId()).with(user(head)).param("month", YEAR.start().plusMonths(3).toString().substring(0, 7))
				.param("lang", "en"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("No items fall in this period.")));
	}

	@Test
	void aNewPlanStartsFromTheTemplateInTheAuthorsLanguageOnce() throws Exception {
		Association physics = associations.open(school.deputy(), new AssociationManagement.Opening("Физика УБ",
				AssociationKind.SUBJECT, List.of("Физика"), new OrderReference("46", TODAY)));
		String location = mvc.perform(post("/plans").with(user(school.deputy())).with(csrf()).param("lang", "ru")
				.param("association", physics.getId().toString()).param("year", String.valueOf(YEAR.startYear())))
				.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		mvc.perform(get(location).with(user(school.deputy())).param("lang", "ru"))
				.andExpect(content().string(containsString("Обсуждение учебных программ и учебников")));
		mvc.perform(post("/plans").with(user(school.deputy())).with(csrf()).param("lang", "en")
				.param("association", physics.getId().toString()).param("year", String.valueOf(YEAR.startYear())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("The association already has a plan for " + YEAR)));
	}
}
