package kg.usulduk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.MemberDocumentApproved;
import kg.usulduk.association.MemberDocumentKind;
import kg.usulduk.association.SessionId;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.association.internal.documents.MemberDocument;
import kg.usulduk.association.internal.documents.MemberDocumentManagement;
import kg.usulduk.association.internal.documents.PlanItem;
import kg.usulduk.association.internal.documents.PlanSection;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 13: a member's document on its way to the association's approval (001 §3.4–3.5) tells the head of a
 * submission, the author of a return and of the approval, each with a link to the document, once, and never the one
 * who took the step.
 */
@SpringBootTest
class MemberDocumentNoticesTests {

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired MemberDocumentManagement documents;
	@Autowired MemberDocumentNotices listener;
	@Autowired JdbcClient jdbc;

	List<String> bodies(SchoolUser person, String notice) {
		return jdbc.sql("""
				SELECT link || ' ' || body FROM planning.deliveries WHERE staff_id = ? AND channel = 'INBOX' AND notice = ?
				ORDER BY created_at""").param(person.staffId().value()).param(notice).query(String.class).list();
	}

	@Test
	void submittingTellsTheHeadReturningTellsTheAuthorWhyAndEverySubmissionIsToldOnce() {
		TestSchool school = testSchools.register();
		SchoolUser head = school.teacher();
		SchoolUser author = testSchools.addPerson(school, Role.TEACHER, "Асанова Айгүл");
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening("Математика УБ",
				AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", TODAY)));
		associations.admit(school.deputy(), association.getId(), null, head.staffId());
		associations.admit(school.deputy(), association.getId(), null, author.staffId());
		associations.electHead(school.deputy(), association.getId(), null, head.staffId(),
				new OrderReference("45/1", TODAY));
		MemberDocument plan = documents.draftPlan(author, association.getId(), SchoolYear.of(TODAY), "Жеке иш планы",
				List.of(new PlanItem(PlanSection.PROFESSIONAL_GROWTH, "Курстар", "январь")));
		String link = "/associations/documents/" + plan.getId().value();

		plan = documents.submit(author, plan.getId(), plan.version());
		await().atMost(Duration.ofSeconds(15)).until(() -> bodies(head, "DOCUMENT_SUBMITTED").size() == 1);
		assertThat(bodies(head, "DOCUMENT_SUBMITTED").get(0)).startsWith(link).contains("Асанова Айгүл", "Жеке иш планы");
		assertThat(bodies(author, "DOCUMENT_SUBMITTED")).as("not told of what they did").isEmpty();

		plan = documents.returnToAuthor(head, plan.getId(), plan.version(), "Курстардын датасын жазыңыз");
		await().atMost(Duration.ofSeconds(15)).until(() -> bodies(author, "DOCUMENT_RETURNED").size() == 1);
		assertThat(bodies(author, "DOCUMENT_RETURNED").get(0)).startsWith(link).contains("Курстардын датасын жазыңыз");
		assertThat(bodies(head, "DOCUMENT_RETURNED")).isEmpty();

		documents.submit(author, plan.getId(), plan.version());
		await().atMost(Duration.ofSeconds(15)).until(() -> bodies(head, "DOCUMENT_SUBMITTED").size() == 2);
	}

	@Test
	void theApprovalTellsTheAuthorOnceWithTheSessionAndItsDayInTheAuthorsLanguage() {
		TestSchool school = testSchools.register();
		SchoolUser author = school.teacher();
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening("Тарых УБ",
				AssociationKind.SUBJECT, List.of("Тарых"), new OrderReference("46", TODAY)));
		MemberDocumentApproved approved = new MemberDocumentApproved(school.id(), association.getId(),
				kg.usulduk.association.MemberDocumentId.random(), MemberDocumentKind.INDIVIDUAL_WORK_PLAN,
				author.staffId(), TODAY.getYear(), "Жеке иш планы", SessionId.random(), 2, LocalDate.of(2026, 12, 2),
				TODAY, null);

		// The listener runs after the commit, on its own thread; the second time as after a restart's replay.
		listener.on(approved);
		listener.on(approved);

		await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(15))
				.until(() -> bodies(author, "DOCUMENT_APPROVED").size() == 1);
		assertThat(bodies(author, "DOCUMENT_APPROVED")).singleElement().asString()
				.startsWith("/associations/documents/" + approved.document().value())
				.contains("Тарых УБ", "Жеке иш планы", "2-декабрь 2026");
	}
}
