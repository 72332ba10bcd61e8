package kg.usulduk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.Locale;

import kg.usulduk.UsuldukApplication;
import kg.usulduk.app.probing.Worlds;
import kg.usulduk.app.probing.Worlds.World;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.planning.internal.plans.PlanSection;
import kg.usulduk.planning.internal.plans.PlanTime;
import kg.usulduk.planning.internal.plans.WorkPlan;
import kg.usulduk.planning.internal.plans.WorkPlanManagement;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.meetings.ProtocolEntry;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The start page is a to-do list (issue 13): each person sees what waits for them, linking to where it is done, and it
 * goes once done; nobody sees another person's work or another school's.
 */
@SpringBootTest(classes = UsuldukApplication.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class ToDoListTests {

	@Autowired MockMvc mvc;
	@Autowired Worlds worlds;
	@Autowired SessionManagement sessions;
	@Autowired WorkPlanManagement plans;
	@Autowired JdbcClient jdbc;
	@Autowired kg.usulduk.association.internal.documents.MemberDocumentManagement documents;

	String startPage(SchoolUser person) throws Exception {
		return mvc.perform(get("/").with(user(person)).locale(Locale.ENGLISH)).andReturn().getResponse()
				.getContentAsString();
	}

	@Test
	void theHeadIsAskedToSignTheProtocolOfAHeldSessionUntilTheySignIt() throws Exception {
		World world = worlds.create();
		String link = "/associations/sessions/" + world.heldSession().value();

		assertThat(startPage(world.head())).contains("href=\"" + link + "\"");
		assertThat(startPage(world.member())).doesNotContain(link);

		sessions.writeAndSign(world.head(), world.protocol(), null,
				List.of(new ProtocolEntry("Иш планы", "Угулду", "Бекитилсин", null)));
		assertThat(startPage(world.head())).doesNotContain(link);
	}

	@Test
	void theCouncilsChairIsAskedToSignItsHeldSessionsProtocolAndNobodyOfAnotherSchoolIs() throws Exception {
		World world = worlds.create();
		World other = worlds.create();
		String link = "/council/sessions/" + world.heldCouncilSession().value();

		assertThat(startPage(world.school().deputy())).contains(link);
		assertThat(startPage(other.school().deputy())).doesNotContain(link);
	}

	@Test
	void theDirectorIsAskedToApproveAPlanOnceTheDeputyAgreedToItAndTheDeputyWhileItIsComplete() throws Exception {
		World world = worlds.create();
		WorkPlan plan = plans.find(world.head(), world.plan());
		String link = "/plans/" + plan.getId().value();
		assertThat(startPage(world.school().deputy())).as("items without someone responsible: not ready to agree")
				.doesNotContain(link);

		for (var item : plan.items()) {
			plan = plans.changeItem(world.head(), plan.getId(), plan.version(), item.ref(),
					new WorkPlanManagement.ItemInput(item.section() == null ? PlanSection.values()[0] : item.section(),
							item.what(), world.member().staffId(), PlanTime.inQuarter(2)));
		}
		assertThat(startPage(world.school().deputy())).contains("href=\"" + link + "\"");
		assertThat(startPage(world.school().director())).doesNotContain(link);

		plans.agree(world.school().deputy(), plan.getId(), plan.version());
		assertThat(startPage(world.school().director())).contains("href=\"" + link + "\"");
		assertThat(startPage(world.school().deputy())).doesNotContain(link);
	}

	@Test
	void aCouncilTaskShowsWhenItComesWithinTheRemindersLeadAndNotOnceDone() throws Exception {
		World world = worlds.create();
		String link = "/council/" + world.council().value() + "/tasks";
		assertThat(startPage(world.member())).as("due in 20 days, beyond the lead of 3").doesNotContain(link);
		assertThat(startPage(world.school().deputy())).as("not overdue: nothing to follow up").doesNotContain(link);

		jdbc.sql("UPDATE council.tasks SET due_on = current_date - 1 WHERE id = ?").param(world.task().value()).update();
		assertThat(startPage(world.member())).containsPattern("<li class=\"overdue\">\\s*<a href=\"" + link + "\"");
		// 003 §4.1: the chair follows up another person's overdue task.
		assertThat(startPage(world.school().deputy())).contains("href=\"" + link + "\"");

		jdbc.sql("UPDATE council.tasks SET done_on = current_date WHERE id = ?").param(world.task().value()).update();
		assertThat(startPage(world.member())).doesNotContain(link);
		assertThat(startPage(world.school().deputy())).doesNotContain(link);
	}

	@Test
	void aSubmittedDocumentWaitsForTheHeadAndOnceReturnedForItsAuthorWithTheReason() throws Exception {
		World world = worlds.create();
		String link = "/associations/documents/" + world.document().value();
		assertThat(startPage(world.head())).as("submitted, on no session yet").contains("href=\"" + link + "\"");
		assertThat(startPage(world.member())).doesNotContain(link);

		documents.returnToAuthor(world.head(), world.document(), null, "Курстардын датасын жазыңыз");

		assertThat(startPage(world.head())).doesNotContain(link);
		assertThat(startPage(world.member())).contains("href=\"" + link + "\"", "Курстардын датасын жазыңыз");
	}

	@Test
	void aDistrictObserverHasNoToDoList() throws Exception {
		World world = worlds.create();
		SchoolUser observer = world.school().observer();
		assertThat(startPage(observer)).doesNotContain("todo-title");
	}
}
