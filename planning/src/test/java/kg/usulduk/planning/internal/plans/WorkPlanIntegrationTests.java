package kg.usulduk.planning.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.planning.WorkPlanApproved;
import kg.usulduk.planning.internal.plans.WorkPlanManagement.ItemInput;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Work plans on a real PostgreSQL: drafted from the template, agreed, approved, revised, read and refused. */
@SpringBootTest
@RecordApplicationEvents
class WorkPlanIntegrationTests {

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	static final SchoolYear YEAR = SchoolYear.of(TODAY);

	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement associations;
	@Autowired WorkPlanManagement plans;
	@Autowired WorkPlans repository;
	@Autowired ApplicationEvents events;

	/** A school whose teacher heads its mathematics association. */
	record Setup(TestSchool school, Association association) {

		SchoolUser head() {
			return school.teacher();
		}
	}

	Setup mathematics() {
		TestSchool school = testSchools.register();
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening(
				"Математика мугалимдеринин УБ", AssociationKind.SUBJECT, List.of("Математика"),
				new OrderReference("45", TODAY)));
		associations.admit(school.deputy(), association.getId(), null, school.teacher().staffId());
		associations.electHead(school.deputy(), association.getId(), null, school.teacher().staffId(),
				new OrderReference("45/1", TODAY));
		return new Setup(school, association);
	}

	/** Every item of the draft gets the head as responsible and the first quarter as its time. */
	WorkPlan assignAll(Setup setup, WorkPlan plan) {
		WorkPlan current = plan;
		for (PlanItem item : plan.items()) {
			current = plans.changeItem(setup.head(), plan.getId(), null, item.ref(),
					new ItemInput(item.section(), item.what(), setup.head().staffId(), PlanTime.inQuarter(1)));
		}
		return current;
	}

	@Test
	void aHeadDraftsFromTheTemplateTheDeputyAgreesTheDirectorApprovesAndAnEditMakesVersionTwoWhileVersionOneStays() {
		Setup setup = mathematics();
		TestSchool school = setup.school();

		WorkPlan draft = plans.startFromTemplate(setup.head(), setup.association().getId(), YEAR, Locale.forLanguageTag("ky"));
		assertThat(draft.items()).hasSize(30);
		assertThat(draft.items().get(0).what()).startsWith("Усулдук бирикме мугалимдери жөнүндө маалыматты");
		assertThat(draft.items(PlanSection.LEGAL_LITERACY)).hasSize(5);

		assignAll(setup, draft);
		assertThatThrownBy(() -> plans.approve(school.director(), draft.getId(), null))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("plans.rule.notAgreed"));
		plans.agree(school.deputy(), draft.getId(), null);
		WorkPlan approved = plans.approve(school.director(), draft.getId(), null);

		assertThat(approved.status()).isEqualTo(WorkPlan.Status.APPROVED);
		assertThat(approved.steps()).extracting(ApprovalStep::byStaff)
				.containsExactly(school.deputy().staffId(), school.director().staffId());
		assertThat(events.stream(WorkPlanApproved.class)).singleElement().satisfies(event -> {
			assertThat(event.plan()).isEqualTo(draft.getId());
			assertThat(event.association()).isEqualTo(setup.association().getId());
			assertThat(event.version()).isEqualTo(1);
			assertThat(event.year()).isEqualTo(YEAR);
		});

		WorkPlan second = plans.revise(setup.head(), approved.getId(), approved.version());
		assertThat(plans.revise(setup.head(), approved.getId(), null).getId())
				.as("a second edit opens the version being prepared").isEqualTo(second.getId());
		second = plans.addItem(setup.head(), second.getId(), second.version(), new ItemInput(PlanSection.METHODOLOGY,
				"Ачык сабак: бөлчөктөр", setup.head().staffId(), PlanTime.on(YEAR.start().plusMonths(2))));

		assertThat(second.number()).isEqualTo(2);
		assertThat(second.status()).isEqualTo(WorkPlan.Status.DRAFT);
		assertThat(second.items()).hasSize(31);
		WorkPlan first = plans.find(school.teacher(), approved.getId());
		assertThat(first.status()).isEqualTo(WorkPlan.Status.APPROVED);
		assertThat(first.items()).hasSize(30);
		assertThat(plans.compare(school.deputy(), first.getId(), second.getId()).added())
				.extracting(PlanItem::what).containsExactly("Ачык сабак: бөлчөктөр");

		plans.recordExecution(setup.head(), first.getId(), null, first.items().get(0).ref(), PlanItem.Status.DONE, null);

		plans.agree(school.deputy(), second.getId(), null);
		WorkPlan inForce = plans.approve(school.director(), second.getId(), null);
		assertThat(inForce.items().get(0).status()).as("done under version 1").isEqualTo(PlanItem.Status.DONE);
		assertThat(repository.findById(first.getId()).orElseThrow().status()).isEqualTo(WorkPlan.Status.REPLACED);
		assertThat(repository.findById(first.getId()).orElseThrow().items()).hasSize(30);
	}

	@Test
	void everyoneOfTheSchoolAndTheDistrictObserverReadAndAnotherSchoolDoesNotFindThePlan() {
		Setup setup = mathematics();
		WorkPlan plan = plans.startFromTemplate(setup.school().deputy(), setup.association().getId(), YEAR, Locale.ENGLISH);

		assertThat(plans.find(setup.school().admin(), plan.getId()).items()).hasSize(30);
		TestSchool neighbour = testSchools.register(setup.school().district());
		assertThat(plans.find(neighbour.observer(), plan.getId()).getId()).isEqualTo(plan.getId());

		TestSchool other = testSchools.register();
		assertThatThrownBy(() -> plans.find(other.deputy(), plan.getId())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> plans.agree(other.deputy(), plan.getId(), null)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> plans.agree(neighbour.observer(), plan.getId(), null)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> plans.agree(setup.school().observer(), plan.getId(), null))
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void onlyTheHeadTheDeputyAndTheDirectorWriteThePlanAndOnlyTheDeputyAgrees() {
		Setup setup = mathematics();
		TestSchool school = setup.school();
		assertThatThrownBy(() -> plans.startFromTemplate(school.admin(), setup.association().getId(), YEAR, Locale.ENGLISH))
				.isInstanceOf(AccessDeniedException.class);
		WorkPlan plan = plans.startFromTemplate(school.director(), setup.association().getId(), YEAR, Locale.ENGLISH);

		ItemInput item = new ItemInput(PlanSection.ORGANISATION, "Report", school.teacher().staffId(), PlanTime.inQuarter(4));
		assertThatThrownBy(() -> plans.addItem(school.admin(), plan.getId(), null, item))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> plans.agree(school.director(), plan.getId(), null))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> plans.startFromTemplate(school.deputy(), setup.association().getId(), YEAR, Locale.ENGLISH))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("plans.rule.exists"));
	}

	@Test
	void theResponsiblePersonIsAnActiveStaffMemberOfTheSchool() {
		Setup setup = mathematics();
		WorkPlan plan = plans.startFromTemplate(setup.head(), setup.association().getId(), YEAR, Locale.ENGLISH);
		SchoolUser stranger = testSchools.register().teacher();

		assertThatThrownBy(() -> plans.addItem(setup.head(), plan.getId(), null, new ItemInput(PlanSection.ORGANISATION,
				"Report", stranger.staffId(), PlanTime.inQuarter(4))))
				.isInstanceOfSatisfying(RuleViolation.class, e -> {
					assertThat(e.code()).isEqualTo("plans.rule.unknownResponsible");
					assertThat(e.field()).isEqualTo("responsible");
				});
		assertThat(repository.findById(plan.getId()).orElseThrow().items()).hasSize(30);
	}

	@Test
	void aFormShowingAnOlderVersionOfThePlanChangesNothing() {
		Setup setup = mathematics();
		WorkPlan plan = plans.startFromTemplate(setup.head(), setup.association().getId(), YEAR, Locale.ENGLISH);
		Integer shown = plan.version();
		plans.removeItem(setup.head(), plan.getId(), shown, plan.items().get(0).ref());

		assertThatThrownBy(() -> plans.removeItem(setup.head(), plan.getId(), shown, plan.items().get(1).ref()))
				.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(repository.findById(plan.getId()).orElseThrow().items()).hasSize(29);
	}

	@Test
	void theResponsiblePersonRecordsHowTheirItemWent() {
		Setup setup = mathematics();
		TestSchool school = setup.school();
		WorkPlan plan = plans.startFromTemplate(setup.head(), setup.association().getId(), YEAR, Locale.ENGLISH);
		PlanItem item = plan.items().get(0);
		plans.changeItem(setup.head(), plan.getId(), null, item.ref(),
				new ItemInput(item.section(), item.what(), school.admin().staffId(), PlanTime.inQuarter(1)));

		WorkPlan recorded = plans.recordExecution(school.admin(), plan.getId(), null, item.ref(), PlanItem.Status.DONE, null);

		assertThat(recorded.items().get(0).status()).isEqualTo(PlanItem.Status.DONE);
		assertThat(plans.summary(recorded).total().done()).isEqualTo(1);
		assertThatThrownBy(() -> plans.recordExecution(school.admin(), plan.getId(), null, plan.items().get(1).ref(),
				PlanItem.Status.DONE, null)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void onlyTheDeputyWhoAgreesTheAssociationsPlansAgreesThem() {
		// 001 §5.3 with the school's split of the deputies' duties (issue 11).
		Setup setup = mathematics();
		TestSchool school = setup.school();
		var methods = testSchools.addDeputy(school.id(), "Усулдук Орун Басар");
		testSchools.assignDuties(school.id(),
				java.util.Map.of(kg.usulduk.school.DeputyDuty.AGREES_PLANS_AND_ANALYSES_YEAR, methods.staffId()));
		WorkPlan draft = plans.startFromTemplate(setup.head(), setup.association().getId(), YEAR, Locale.forLanguageTag("ky"));
		assignAll(setup, draft);

		assertThatThrownBy(() -> plans.agree(school.deputy(), draft.getId(), null))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
		assertThatThrownBy(() -> plans.agree(school.director(), draft.getId(), null))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		assertThat(plans.agree(methods, draft.getId(), null).status()).isEqualTo(WorkPlan.Status.AGREED);
	}
}
