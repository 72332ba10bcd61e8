package kg.usulduk.association.internal.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Instant;
import java.util.List;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.MemberDocumentApproved;
import kg.usulduk.association.MemberDocumentReturned;
import kg.usulduk.association.MemberDocumentSubmitted;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.documents.Approval.Stage;
import kg.usulduk.association.internal.documents.ExamMaterials.Exam;
import kg.usulduk.association.internal.documents.ExamMaterials.Form;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.papers.FrozenPaper;
import kg.usulduk.school.testing.Aggregates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MemberDocumentTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);
	static final SchoolYear YEAR = SchoolYear.of(TODAY);
	static final FrozenPaper PAPER = new FrozenPaper("Мектеп № 12", "Район", "УБ", List.of(), List.of(), List.of(),
			List.of(), Instant.parse("2026-11-24T10:00:00Z"), "Asia/Bishkek");

	final StaffId aigul = StaffId.random();
	final StaffId bakyt = StaffId.random();
	final Association association = Association.open(SchoolId.random(), "Математика мугалимдеринин УБ",
			AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", TODAY), TODAY);

	MemberDocumentTests() {
		association.admit(aigul, TODAY);
		association.admit(bakyt, TODAY);
	}

	@Test
	void anIndividualWorkPlanIsDraftedByAMemberOfTheAssociation() {
		StaffId stranger = StaffId.random();

		// 001 §3.4: the association approves its own teachers' individual work plans.
		RuleViolation refusal = Aggregates.refusal(() -> MemberDocument.draftPlan(association, stranger, YEAR, "План",
				items()));

		assertThat(refusal.code()).isEqualTo("association.document.authorNotMember");
	}

	@Test
	void aPlanIsReadFromOneItemALineWithItsTimeAfterTheLastSemicolon() {
		List<PlanItem> items = PlanItem.fromLines(PlanSection.SHARING_EXPERIENCE,
				"Ачык сабак: «Бөлчөктөр», 6-класс; ноябрь\n\nЧыгармачыл отчет; март\nТажрыйба алмашуу");

		assertThat(items).extracting(PlanItem::what).containsExactly("Ачык сабак: «Бөлчөктөр», 6-класс",
				"Чыгармачыл отчет", "Тажрыйба алмашуу");
		assertThat(items).extracting(PlanItem::due).containsExactly("ноябрь", "март", null);
		assertThat(Aggregates.refusal(() -> PlanItem.fromLines(PlanSection.MATERIALS, "; март")).field())
				.isEqualTo("materials");
	}

	@Test
	void anEmptyPlanCannotBeSubmitted() {
		MemberDocument plan = MemberDocument.draftPlan(association, aigul, YEAR, "Жеке иш планы", List.of());

		assertThat(Aggregates.refusal(() -> plan.submit(aigul)).code()).isEqualTo("association.document.planEmpty");
	}

	@Test
	void aDocumentIsApprovedAtTheSessionItWasPutOnOnceThatSessionsProtocolIsSigned() {
		MemberDocument plan = submittedPlan();
		Session session = session();

		// 001 §3.4: approved by the association, at a session; 001 §5.5: its decisions stand once the protocol is signed.
		plan.putOnSession(session, false);
		assertThat(plan.approval().stage()).isEqualTo(Stage.SUBMITTED);
		plan.approve(session.getId(), 3, session.date(), TODAY.plusDays(1), PAPER);

		assertThat(plan.approval().stage()).isEqualTo(Stage.APPROVED);
		assertThat(plan.approval().sessionNumber()).isEqualTo(3);
		assertThat(plan.approval().approvedOn()).isEqualTo(TODAY.plusDays(1));
		assertThat(Aggregates.events(plan, MemberDocumentApproved.class)).singleElement()
				.satisfies(approved -> assertThat(approved.sessionNumber()).isEqualTo(3));
	}

	@Test
	void aDocumentIsNotPutOnASessionWhoseProtocolIsAlreadySignedNorOnAnotherAssociations() {
		MemberDocument plan = submittedPlan();
		Association other = Association.open(association.schoolId(), "Тил УБ", AssociationKind.SUBJECT, List.of("Тил"),
				new OrderReference("46", TODAY), TODAY);
		other.admit(aigul, TODAY);

		// 001 §3.4–3.5: the association's own session, one that can still consider it.
		assertThat(Aggregates.refusal(() -> plan.putOnSession(session(), true)).code())
				.isEqualTo("association.document.sessionSigned");
		assertThat(Aggregates.refusal(() -> plan.putOnSession(Session.schedule(other, TODAY.plusDays(3),
				LocalTime.NOON, null, List.of(new AgendaItem("План", null)), TODAY), false)).code())
				.isEqualTo("association.document.sessionOfAnotherAssociation");
	}

	@Test
	void anApprovedDocumentNeverChangesAndIsCorrectedByANewVersionThatSupersedesIt() {
		MemberDocument plan = submittedPlan();
		Session session = session();
		plan.putOnSession(session, false);
		plan.approve(session.getId(), 1, session.date(), TODAY, PAPER);

		assertThat(Aggregates.refusal(() -> plan.writePlan(aigul, "Башка", items())).code())
				.isEqualTo("association.document.notDraft");
		assertThat(Aggregates.refusal(() -> plan.returnToAuthor(bakyt, "Кайра карагыла")).code())
				.isEqualTo("association.document.notSubmitted");

		MemberDocument correction = plan.newVersion(aigul);
		assertThat(correction.edition()).isEqualTo(2);
		assertThat(correction.approval().supersedes()).isEqualTo(plan.getId());
		assertThat(correction.items()).isEqualTo(plan.items());
		assertThat(plan.approval().stage()).isEqualTo(Stage.APPROVED); // in force until the correction is approved

		plan.supersede();
		assertThat(plan.approval().stage()).isEqualTo(Stage.SUPERSEDED);
		assertThat(plan.approval().sessionNumber()).isEqualTo(1);
	}

	@Test
	void theHeadReturnsASubmittedDocumentWithAReasonAndTheAuthorMayChangeItAgain() {
		MemberDocument plan = submittedPlan();

		plan.returnToAuthor(bakyt, "Курстарды кошкула");

		assertThat(plan.approval().stage()).isEqualTo(Stage.DRAFT);
		assertThat(plan.approval().returnReason()).isEqualTo("Курстарды кошкула");
		plan.writePlan(aigul, "Жеке иш планы", items());
	}

	@Test
	void submittingAndReturningAreAnnouncedSoTheHeadAndTheAuthorLearnOfThem() {
		// Issue 13: every approval step tells the next person (the head, for a submission) and the author.
		MemberDocument plan = submittedPlan();
		assertThat(Aggregates.events(plan, MemberDocumentSubmitted.class)).singleElement()
				.satisfies(submitted -> assertThat(submitted.author()).isEqualTo(aigul));

		plan.returnToAuthor(bakyt, "Курстарды кошкула");

		assertThat(Aggregates.events(plan, MemberDocumentReturned.class)).singleElement().satisfies(returned -> {
			assertThat(returned.author()).isEqualTo(aigul);
			assertThat(returned.returnedBy()).isEqualTo(bakyt);
			assertThat(returned.reason()).isEqualTo("Курстарды кошкула");
		});
	}

	@Test
	void aCancelledSessionLeavesItsDocumentsSubmittedForAnother() {
		MemberDocument plan = submittedPlan();
		Session session = session();
		plan.putOnSession(session, false);

		plan.sessionCancelled(session.getId());

		assertThat(plan.approval().stage()).isEqualTo(Stage.SUBMITTED);
		assertThat(plan.approval().session()).isNull();
	}

	@ParameterizedTest(name = "{0} exam, class {1}, {2}: {3}")
	@CsvSource({
			"FINAL,    11, ORAL,    ",
			"FINAL,     9, ORAL,    ",
			"TRANSFER,  7, WRITTEN, ",
			"TRANSFER, 10, TEST,    ",
			"FINAL,     8, ORAL,    association.document.exam.finalNotGraduating",
			"TRANSFER, 11, WRITTEN, association.document.exam.transferFromGraduating",
			"FINAL,    11, WRITTEN, association.document.exam.finalIsOral",
			"TRANSFER, 12, ORAL,    association.document.exam.grade" })
	void finalAttestationMaterialsAreForTheOralExamsOfGraduatingClassesAndTransferOnesForTheOthers(Exam exam, int grade,
			Form form, String refusal) {
		// 001 §3.5: materials for the transfer from class to class, and for the final attestation of the graduating
		// classes "for oral exams".
		if (refusal == null) {
			assertThat(new ExamMaterials(exam, "Математика", grade, form, "Билеттер").grade()).isEqualTo(grade);
		}
		else {
			assertThat(Aggregates.refusal(() -> new ExamMaterials(exam, "Математика", grade, form, "Билеттер")).code())
					.isEqualTo(refusal);
		}
	}

	@Test
	void onlyTheAuthorSubmitsTheirDocument() {
		MemberDocument exam = MemberDocument.draftExamMaterials(association, aigul, YEAR, "9-класстын билеттери",
				new ExamMaterials(Exam.FINAL, "Математика", 9, Form.ORAL, "25 билет"));

		assertThat(Aggregates.refusal(() -> exam.submit(bakyt)).code()).isEqualTo("association.document.notTheAuthor");
		exam.submit(aigul);
		assertThat(exam.approval().stage()).isEqualTo(Stage.SUBMITTED);
	}

	private MemberDocument submittedPlan() {
		MemberDocument plan = MemberDocument.draftPlan(association, aigul, YEAR, "Жеке иш планы", items());
		plan.submit(aigul);
		return plan;
	}

	private Session session() {
		Session session = Session.schedule(association, TODAY.plusDays(3), LocalTime.of(14, 30), null,
				List.of(new AgendaItem("Жеке иш пландарын бекитүү", null)), TODAY);
		Aggregates.forgetEvents(session);
		return session;
	}

	private static List<PlanItem> items() {
		return List.of(new PlanItem(PlanSection.PROFESSIONAL_GROWTH, "Квалификацияны жогорулатуу курстары", "январь"),
				new PlanItem(PlanSection.SHARING_EXPERIENCE, "Ачык сабак", "ноябрь"));
	}

}
