package kg.usulduk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import kg.usulduk.UsuldukApplication;
import kg.usulduk.app.probing.Actor;
import kg.usulduk.app.probing.Endpoints;
import kg.usulduk.app.probing.Endpoints.Endpoint;
import kg.usulduk.app.probing.Probe;
import kg.usulduk.app.probing.Worlds;
import kg.usulduk.app.probing.Worlds.World;
import kg.usulduk.association.ActivityKind;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Activity;
import kg.usulduk.association.internal.ActivityManagement;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.school.meetings.ProtocolEntry;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.association.internal.YearTheme;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.internal.CouncilManagement;
import kg.usulduk.council.internal.CouncilProtocolEntry;
import kg.usulduk.planning.internal.SchoolThemes;
import kg.usulduk.planning.internal.plans.PeriodAdditions;
import kg.usulduk.planning.internal.plans.PlanSection;
import kg.usulduk.planning.internal.plans.PlanTime;
import kg.usulduk.planning.internal.plans.WorkPlanManagement;
import kg.usulduk.planning.internal.thematic.ThematicPlanning;
import kg.usulduk.planning.internal.thematic.Topic;
import kg.usulduk.school.testing.TestSchools;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcPrint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile text saved into the text fields of every kind of record, then every page that can show it read by people
 * who see it: the text appears only escaped, and printed as itself in the PDFs.
 */
@SpringBootTest(classes = UsuldukApplication.class)
@AutoConfigureMockMvc(print = MockMvcPrint.NONE)
class XssTests {

	static final String SCRIPT = "<script>alert(1)</script>";
	static final String IMAGE = "\"><img src=x onerror=alert(1)>";
	static final String SVG = "'><svg onload=alert(2)>";
	static final List<String> HOSTILE = List.of(SCRIPT, IMAGE, SVG);

	@Autowired MockMvc mvc;
	@Autowired Worlds worlds;
	@Autowired JdbcClient jdbc;
	@Autowired TestSchools schools;
	@Autowired AssociationManagement associations;
	@Autowired SessionManagement sessions;
	@Autowired ActivityManagement activities;
	@Autowired CouncilManagement councils;
	@Autowired WorkPlanManagement plans;
	@Autowired PeriodAdditions additions;
	@Autowired ThematicPlanning thematic;
	@Autowired SchoolThemes themes;
	@Autowired kg.usulduk.association.internal.documents.MemberDocumentManagement documents;
	@Autowired kg.usulduk.mentorship.internal.MentorshipManagement mentorships;

	@Test
	void hostileTextIsShownOnlyEscapedOnEveryPageAndPrintedAsItselfInThePdfs() throws Exception {
		World world = worlds.create();
		LocalDate today = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
		String all = SCRIPT + " " + IMAGE + " " + SVG;
		var head = world.head();
		var deputy = world.school().deputy();

		schools.addTeacher(world.school().id(), "Мугалим " + SCRIPT, LocalDate.of(2019, 9, 1));
		associations.open(deputy, new AssociationManagement.Opening(IMAGE, AssociationKind.SUBJECT, List.of(SVG),
				new OrderReference("1" + "<b>", today)));
		associations.setTheme(head, world.association(), null, new YearTheme(world.year().startYear(), SCRIPT, IMAGE,
				SVG, all));
		associations.recordSelfEducationTopic(world.member(), world.association(), world.member().staffId(), world.year(),
				all);
		sessions.writeProtocol(head, world.protocol(), null, List.of(new ProtocolEntry("Иш планы", SCRIPT, IMAGE, SVG)));
		sessions.schedule(head, world.association(), today.plusDays(3), LocalTime.of(15, 0), IMAGE,
				List.of(new AgendaItem(SCRIPT, null)));
		activities.schedule(head, world.association(), new Activity.Plan(ActivityKind.OPEN_LESSON, SCRIPT,
				world.member().staffId(), null, today.plusDays(4), null, LocalTime.of(9, 0), "7<b>", all));
		councils.writeProtocol(deputy, world.councilProtocol(), null, List.of(new CouncilProtocolEntry("Иш планы", SCRIPT,
				IMAGE, DecisionKind.DOCUMENT_EXPERTISE, null, SVG, null, null,
				councils.find(deputy, world.council()).members().size(), 0, 0)));
		councils.schedule(deputy, world.council(), today.plusDays(5), LocalTime.of(15, 0), SVG,
				List.of(new kg.usulduk.school.meetings.AgendaItem(IMAGE)), false);
		plans.addItem(head, world.plan(), null, new WorkPlanManagement.ItemInput(PlanSection.ORGANISATION, all,
				world.member().staffId(), PlanTime.inQuarter(2)));
		additions.add(head, plans.find(head, world.plan()), new PeriodAdditions.Period(2, null), world.year().start(),
				world.year().end(), all, world.member().staffId(), null);
		thematic.submit(world.member(), world.year(), IMAGE.substring(0, 20), "7<b>",
				List.of(new Topic(SCRIPT, 1, today.plusDays(9), null)));
		themes.set(deputy, world.year(), new SchoolThemes.Theme(SCRIPT, IMAGE, SVG, all, null),
				themes.of(deputy, world.school().id(), world.year()).orElseThrow().version());

		// The member's submitted plan comes back to them with a hostile reason and is rewritten with hostile text.
		documents.returnToAuthor(head, world.document(), null, SVG);
		documents.writePlan(world.member(), world.document(), null, SCRIPT, List.of(
				new kg.usulduk.association.internal.documents.PlanItem(
						kg.usulduk.association.internal.documents.PlanSection.PROFESSIONAL_GROWTH, IMAGE, all)));

		// Mentorship: the pair's plan and log with hostile text, and an order whose basis and frozen names are hostile.
		// The world's own order was issued before anything hostile existed: the probe opens this one instead.
		mentorships.addPlanItem(world.member(), world.mentoring().pair(), null, kg.usulduk.mentorship.PlanOwner.MENTOR,
				java.time.YearMonth.from(today), IMAGE);
		mentorships.logMeeting(world.member(), world.mentoring().pair(), null,
				new kg.usulduk.mentorship.internal.Mentorship.MeetingRecord(
						kg.usulduk.mentorship.MeetingKind.MENTOR_VISITS_LESSON, SCRIPT, today, null, 40, all));
		var hostileYoung = schools.addTeacher(world.school().id(), "Жаш " + SCRIPT, today.minusYears(1));
		associations.admit(deputy, world.association(), null, hostileYoung);
		var hostilePair = mentorships.propose(head, hostileYoung, head.staffId(), null);
		mentorships.accept(head, hostilePair.getId(), null);
		var hostileOrder = mentorships.assign(world.school().director(), new kg.usulduk.mentorship.internal.MentorOrder.Heading(
				"15", today, all, null, null, deputy.staffId(), null), List.of(hostilePair.getId())).getId();
		var worldsOrder = Endpoints.PATH_VARIABLES.put("/mentorship/orders/{id}", w -> hostileOrder);

		Probe probe = new Probe(mvc, jdbc);
		List<String> unescaped = new ArrayList<>();
		int pages = 0;
		int pdfs = 0;
		try {
		for (Endpoint endpoint : Endpoints.ALL) {
			if (!endpoint.method().equals("GET") || endpoint.pattern().endsWith(".ics") || endpoint.pattern().startsWith("/api/")) {
				continue;
			}
			for (Actor actor : List.of(Actor.DEPUTY, Actor.HEAD, Actor.MEMBER, Actor.DISTRICT_OBSERVER)) {
				if (!endpoint.allowed().contains(actor)) {
					continue;
				}
				MockHttpServletResponse response = probe.call(endpoint, world, actor.in(world), java.util.Map.of("lang", "en"));
				if (response.getStatus() != 200) {
					continue;
				}
				if ("application/pdf".equals(response.getContentType())) {
					try (var document = Loader.loadPDF(response.getContentAsByteArray())) {
						String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
						assertThat(text).as(endpoint.key() + " as " + actor).contains(SCRIPT);
					}
					pdfs++;
					continue;
				}
				String html = response.getContentAsString();
				for (String hostile : HOSTILE) {
					if (html.contains(hostile) || html.contains("<img src=x") || html.contains("<svg onload")) {
						unescaped.add(endpoint.key() + " as " + actor + " shows " + hostile);
					}
				}
				pages++;
			}
		}
		}
		finally {
			Endpoints.PATH_VARIABLES.put("/mentorship/orders/{id}", worldsOrder);
		}
		// The pages that show what was saved: the hostile text is there, escaped.
		String association = mvc.perform(get("/associations/{id}", world.association()).with(user(head)).param("lang", "en"))
				.andReturn().getResponse().getContentAsString();
		assertThat(association).contains("&lt;script&gt;alert(1)&lt;/script&gt;");

		assertThat(pages).isGreaterThan(40);
		assertThat(pdfs).isGreaterThanOrEqualTo(2);
		assertThat(unescaped).isEmpty();
	}
}
