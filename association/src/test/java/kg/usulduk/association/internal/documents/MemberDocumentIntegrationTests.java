package kg.usulduk.association.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.MemberDocumentApproved;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.association.internal.Protocol;
import kg.usulduk.school.meetings.ProtocolEntry;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.association.internal.documents.Approval.Stage;
import kg.usulduk.association.internal.documents.ExamMaterials.Exam;
import kg.usulduk.association.internal.documents.ExamMaterials.Form;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/** Members' documents on a real PostgreSQL: drafted, submitted, put on a session, approved when it is signed. */
@SpringBootTest(classes = kg.usulduk.AssociationTestApplication.class)
@EnableScenarios
class MemberDocumentIntegrationTests {

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired SessionManagement sessions;
	@Autowired MemberDocumentManagement documents;
	@Autowired MemberDocumentListing listing;
	@Autowired MemberDocuments repository;
	@Autowired org.springframework.data.jdbc.core.JdbcAggregateTemplate template;
	@Autowired kg.usulduk.school.papers.DocumentRenderers renderers;

	int sessionsHeld;

	record Setup(TestSchool school, Association association, SchoolUser member) {
	}

	Setup mathematics() {
		TestSchool school = testSchools.register();
		SchoolUser member = testSchools.addPerson(school, Role.TEACHER, "Осмонов Бакыт");
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening(
				"Математика мугалимдеринин УБ", AssociationKind.SUBJECT, List.of("Математика"),
				new OrderReference("45", TODAY)));
		associations.admit(school.deputy(), association.getId(), null, school.teacher().staffId());
		associations.admit(school.deputy(), association.getId(), null, member.staffId());
		association = associations.electHead(school.deputy(), association.getId(), null, school.teacher().staffId(),
				new OrderReference("45/1", TODAY));
		return new Setup(school, association, member);
	}

	@Test
	void aSubmittedPlanIsApprovedAtTheSessionItWasPutOnWhenThatSessionsProtocolIsSigned(Scenario scenario) {
		Setup setup = mathematics();
		SchoolUser head = setup.school().teacher();
		MemberDocument plan = submittedPlan(setup);
		Session session = sessions.schedule(head, setup.association().getId(), TODAY, LocalTime.of(14, 0), null,
				List.of(new AgendaItem("Жеке иш пландарын бекитүү", null)));
		documents.putOnSession(head, plan.getId(), null, session.getId());
		sessions.hold(head, session.getId(), null, Set.of(head.staffId(), setup.member().staffId()));
		Protocol draft = sessions.protocolsOf(head, session.getId()).get(0);

		// 001 §3.4: "approving the teachers' individual work plans" is the association's, at a signed session.
		scenario.stimulate(() -> sessions.writeAndSign(head, draft.getId(), null,
				List.of(new ProtocolEntry("Жеке иш пландарын бекитүү", null, "Бекитилсин", null))))
				.andWaitForEventOfType(MemberDocumentApproved.class)
				.matching(event -> event.document().equals(plan.getId()))
				.toArriveAndVerify(event -> {
					MemberDocument approved = documents.find(setup.member(), plan.getId());
					assertThat(approved.approval().stage()).isEqualTo(Stage.APPROVED);
					assertThat(approved.approval().sessionNumber()).isEqualTo(1);
					assertThat(approved.approval().sessionDate()).isEqualTo(TODAY);
					assertThat(approved.frozen().nameOf(setup.member().staffId())).isEqualTo("Осмонов Бакыт");
				});
	}

	@Test
	void theApprovedVersionStaysInForceUntilItsCorrectionIsApprovedAndThenIsSuperseded(Scenario scenario) {
		Setup setup = mathematics();
		SchoolUser head = setup.school().teacher();
		MemberDocument first = approvedAtANewSession(setup, submittedPlan(setup), scenario);

		MemberDocument second = documents.newVersion(setup.member(), first.getId());
		assertThatThrownBy(() -> documents.newVersion(setup.member(), first.getId())).isInstanceOf(RuleViolation.class);
		documents.writePlan(setup.member(), second.getId(), null, "Жеке иш планы (2-вариант)", List.of(
				new PlanItem(PlanSection.CONFERENCES, "Илимий-практикалык конференцияда баяндама", "апрель")));
		documents.submit(setup.member(), second.getId(), null);
		assertThat(documents.find(head, first.getId()).approval().stage()).isEqualTo(Stage.APPROVED);

		approvedAtANewSession(setup, documents.find(head, second.getId()), scenario);

		MemberDocument superseded = documents.find(head, first.getId());
		assertThat(superseded.approval().stage()).isEqualTo(Stage.SUPERSEDED);
		assertThat(superseded.items()).extracting(PlanItem::section).contains(PlanSection.SHARING_EXPERIENCE);
		assertThat(listing.ofAssociation(setup.association().getId(), SchoolYear.of(TODAY).startYear(),
				PageRequest.of(0, 20)).getContent()).extracting(MemberDocumentListing.Row::stage)
				.containsExactly(Stage.APPROVED, Stage.SUPERSEDED);
	}

	@Test
	void aDocumentLoadedInOneStatementIsTheSameAsSpringDataLoadsItWithItsItemsApartAndAnotherSchoolFindsNone(
			Scenario scenario) {
		Setup setup = mathematics();
		MemberDocument approved = approvedAtANewSession(setup, submittedPlan(setup), scenario);
		MemberDocument exam = documents.draftExamMaterials(setup.member(), setup.association().getId(),
				SchoolYear.of(TODAY), "Геометрия, 9-класс",
				new ExamMaterials(Exam.FINAL, "Геометрия", 9, Form.ORAL, "25 билет, ар биринде 3 суроо"));

		for (MemberDocument document : List.of(approved, exam)) {
			assertThat(repository.findByIdAndSchoolId(document.getId(), setup.school().id())).get()
					.usingRecursiveComparison().isEqualTo(template.findById(document.getId(), MemberDocument.class));
		}
		assertThat(repository.findById(approved.getId()).orElseThrow().items()).isNotEmpty();
		assertThat(repository.findByIdAndSchoolId(approved.getId(), kg.usulduk.school.SchoolId.random())).isEmpty();
	}

	@Test
	void onlyTheAuthorWritesAndOnlyTheHeadPutsItOnASession() {
		Setup setup = mathematics();
		SchoolUser head = setup.school().teacher();
		MemberDocument exam = documents.draftExamMaterials(setup.member(), setup.association().getId(),
				SchoolYear.of(TODAY), "9-класстын оозеки экзамен билеттери",
				new ExamMaterials(Exam.FINAL, "Геометрия", 9, Form.ORAL, "25 билет, ар биринде 3 суроо"));

		assertThatThrownBy(() -> documents.submit(head, exam.getId(), null)).isInstanceOf(AccessDeniedException.class);
		documents.submit(setup.member(), exam.getId(), null);
		Session session = sessions.schedule(head, setup.association().getId(), TODAY.plusDays(4), LocalTime.NOON,
				null, List.of(new AgendaItem("Экзамен материалдары", null)));
		assertThatThrownBy(() -> documents.putOnSession(setup.member(), exam.getId(), null, session.getId()))
				.isInstanceOf(AccessDeniedException.class);
		assertThat(documents.putOnSession(head, exam.getId(), null, session.getId()).approval().session())
				.isEqualTo(session.getId());
	}

	@Test
	void theMembersTheDeputiesAndTheDirectorReadADocumentOtherTeachersAndOtherSchoolsDoNot() {
		Setup setup = mathematics();
		MemberDocument plan = submittedPlan(setup);
		SchoolUser outsider = testSchools.addPerson(setup.school(), Role.TEACHER, "Каримов Эрлан");
		SchoolUser otherDeputy = testSchools.addDeputy(setup.school().id(), "Садыкова Зарина");
		TestSchool other = testSchools.register();

		assertThat(documents.find(setup.school().teacher(), plan.getId()).getId()).isEqualTo(plan.getId());
		assertThat(documents.find(otherDeputy, plan.getId()).getId()).isEqualTo(plan.getId());
		assertThat(documents.find(setup.school().director(), plan.getId()).getId()).isEqualTo(plan.getId());
		assertThatThrownBy(() -> documents.find(outsider, plan.getId())).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> documents.find(other.deputy(), plan.getId())).isInstanceOf(NotFound.class);
	}

	@Test
	void aTeacherHasOneIndividualWorkPlanAYearInAnAssociation() {
		Setup setup = mathematics();
		submittedPlan(setup);

		// 001 §3.4: the plan is corrected by new versions, never started twice.
		assertThatThrownBy(() -> documents.draftPlan(setup.member(), setup.association().getId(), SchoolYear.of(TODAY),
				"Дагы бир план", List.of())).isInstanceOfSatisfying(RuleViolation.class,
						refusal -> assertThat(refusal.code()).isEqualTo("association.document.planExists"));
	}

	private MemberDocument submittedPlan(Setup setup) {
		MemberDocument plan = documents.draftPlan(setup.member(), setup.association().getId(), SchoolYear.of(TODAY),
				"Жеке иш планы", List.of(new PlanItem(PlanSection.PROFESSIONAL_GROWTH, "Курстар", "январь"),
						new PlanItem(PlanSection.SHARING_EXPERIENCE, "Ачык сабак", "ноябрь")));
		return documents.submit(setup.member(), plan.getId(), null);
	}

	@Test
	void anApprovedDocumentIsAFinalPaperAnotherContextObtainsAsAPdfByItsIdButADraftIsNot(Scenario scenario) {
		Setup setup = mathematics();
		MemberDocument submitted = submittedPlan(setup);
		SchoolId school = setup.school().id();

		assertThat(renderers.render("association.memberDocument", school, submitted.getId().value())).isEmpty();
		MemberDocument approved = approvedAtANewSession(setup, submitted, scenario);

		var rendered = renderers.render("association.memberDocument", school, approved.getId().value()).orElseThrow();
		assertThat(rendered.pdf()).startsWith("%PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		assertThat(rendered.title()).isEqualTo("Жеке иш планы");
		assertThat(renderers.render("association.memberDocument", testSchools.register().id(),
				approved.getId().value())).as("not another school's").isEmpty();
	}

	private MemberDocument approvedAtANewSession(Setup setup, MemberDocument document, Scenario scenario) {
		SchoolUser head = setup.school().teacher();
		Session session = sessions.schedule(head, setup.association().getId(), TODAY, LocalTime.of(15, sessionsHeld++), null,
				List.of(new AgendaItem("Пландар", null)));
		documents.putOnSession(head, document.getId(), null, session.getId());
		sessions.hold(head, session.getId(), null, Set.of(head.staffId()));
		Protocol draft = sessions.protocolsOf(head, session.getId()).get(0);
		scenario.stimulate(() -> sessions.writeAndSign(head, draft.getId(), null,
				List.of(new ProtocolEntry("Пландар", null, "Бекитилсин", null))))
				.andWaitForEventOfType(MemberDocumentApproved.class)
				.matching(event -> event.document().equals(document.getId()))
				.toArrive();
		return documents.find(head, document.getId());
	}
}
