package kg.usulduk.planning.internal.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import kg.usulduk.association.AssociationId;
import kg.usulduk.planning.WorkPlanApproved;
import kg.usulduk.planning.internal.plans.ApprovalStep.Act;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** The rules of an association's work plan, without Spring. */
class WorkPlanTests {

	static final SchoolYear YEAR = new SchoolYear(2026);
	static final Instant NOW = Instant.parse("2026-09-05T08:00:00Z");
	static final StaffId HEAD = new StaffId(UUID.randomUUID());
	static final StaffId DEPUTY = new StaffId(UUID.randomUUID());
	static final StaffId DIRECTOR = new StaffId(UUID.randomUUID());

	static WorkPlan draftWithOneItem() {
		WorkPlan plan = WorkPlan.draft(new SchoolId(UUID.randomUUID()), AssociationId.random(), YEAR, List.of());
		plan.addItem(PlanSection.TEACHING_CONTROL, "Окуу программаларын талкуулоо", HEAD,
				PlanTime.in(YearMonth.of(2026, 9)));
		return plan;
	}

	static WorkPlan approved() {
		WorkPlan plan = draftWithOneItem();
		plan.agreeByDeputy(DEPUTY, NOW);
		plan.approveByDirector(DIRECTOR, NOW, LocalDate.of(2026, 9, 5));
		return plan;
	}

	static RuleViolation refusal(Runnable act) {
		try {
			act.run();
		}
		catch (RuleViolation violation) {
			return violation;
		}
		throw new AssertionError("expected a refusal");
	}

	@Test
	void theDirectorApprovesOnlyAPlanTheDeputyHasAgreedTo() {
		WorkPlan plan = draftWithOneItem();

		assertThat(refusal(() -> plan.approveByDirector(DIRECTOR, NOW, LocalDate.of(2026, 9, 5))).code())
				.isEqualTo("plans.rule.notAgreed");
		assertThat(plan.status()).isEqualTo(WorkPlan.Status.DRAFT);
		assertThat(plan.steps()).isEmpty();
	}

	@Test
	void aPlanAgreedByTheDeputyAndApprovedByTheDirectorRecordsBothStepsAndAnnouncesTheApproval() {
		WorkPlan plan = approved();

		assertThat(plan.status()).isEqualTo(WorkPlan.Status.APPROVED);
		assertThat(plan.steps()).extracting(ApprovalStep::act, ApprovalStep::byStaff)
				.containsExactly(org.assertj.core.groups.Tuple.tuple(Act.AGREED, DEPUTY),
						org.assertj.core.groups.Tuple.tuple(Act.APPROVED, DIRECTOR));
		assertThat(plan.announced()).singleElement().isInstanceOfSatisfying(WorkPlanApproved.class, event -> {
			assertThat(event.version()).isEqualTo(1);
			assertThat(event.year()).isEqualTo(YEAR);
			assertThat(event.approvedOn()).isEqualTo(LocalDate.of(2026, 9, 5));
		});
	}

	@Test
	void theDeputyAgreesOnlyWhenEveryItemHasSomeoneResponsibleAndATime() {
		WorkPlan plan = WorkPlan.draft(new SchoolId(UUID.randomUUID()), AssociationId.random(), YEAR,
				List.of(WorkPlan.templateItem(PlanSection.ORGANISATION, "Маалыматты толуктоо")));

		RuleViolation refusal = refusal(() -> plan.agreeByDeputy(DEPUTY, NOW));
		assertThat(refusal.code()).isEqualTo("plans.rule.unassigned");
		assertThat(refusal.arguments()).containsExactly(1L);

		PlanItem item = plan.items().get(0);
		plan.changeItem(item.ref(), item.section(), item.what(), HEAD, PlanTime.inQuarter(1));
		plan.agreeByDeputy(DEPUTY, NOW);
		assertThat(plan.status()).isEqualTo(WorkPlan.Status.AGREED);
	}

	@Test
	void anEmptyPlanIsNotAgreed() {
		WorkPlan plan = WorkPlan.draft(new SchoolId(UUID.randomUUID()), AssociationId.random(), YEAR, List.of());
		assertThat(refusal(() -> plan.agreeByDeputy(DEPUTY, NOW)).code()).isEqualTo("plans.rule.empty");
	}

	@Test
	void returningWithACommentSendsAnAgreedPlanBackToDraft() {
		WorkPlan plan = draftWithOneItem();
		plan.agreeByDeputy(DEPUTY, NOW);

		plan.returnWithComment(DIRECTOR, NOW, "Олимпиаданын мөөнөтүн тактаңыз");

		assertThat(plan.status()).isEqualTo(WorkPlan.Status.DRAFT);
		assertThat(plan.steps()).last().satisfies(step -> {
			assertThat(step.act()).isEqualTo(Act.RETURNED);
			assertThat(step.comment()).isEqualTo("Олимпиаданын мөөнөтүн тактаңыз");
		});
		assertThat(refusal(() -> plan.approveByDirector(DIRECTOR, NOW, LocalDate.of(2026, 9, 5))).code())
				.isEqualTo("plans.rule.notAgreed");
	}

	@Test
	void aReturnNeedsAComment() {
		WorkPlan plan = draftWithOneItem();
		assertThat(refusal(() -> plan.returnWithComment(DEPUTY, NOW, "  ")).field()).isEqualTo("comment");
	}

	@Test
	void anItemOutsideThePlansSchoolYearIsRefused() {
		WorkPlan plan = draftWithOneItem();

		RuleViolation refusal = refusal(() -> plan.addItem(PlanSection.ORGANISATION, "Отчет", HEAD,
				PlanTime.on(LocalDate.of(2027, 9, 1))));
		assertThat(refusal.code()).isEqualTo("plans.rule.when.outsideYear");
		assertThat(refusal(() -> plan.addItem(PlanSection.ORGANISATION, "Отчет", HEAD,
				PlanTime.in(YearMonth.of(2026, 8)))).code()).isEqualTo("plans.rule.when.outsideYear");
		assertThat(plan.items()).hasSize(1);
	}

	@Test
	void anItemWithoutItsTextItsPersonAndItsTimeIsRefusedForAllThreeAtOnce() {
		WorkPlan plan = draftWithOneItem();

		// Issue 13: the item's form shows the three refusals together, and the plan is as it was.
		assertThat(refusal(() -> plan.addItem(PlanSection.ORGANISATION, " ", null, null)).all())
				.extracting(RuleViolation::field).containsExactly("what", "responsible", "when");
		assertThat(refusal(() -> plan.changeItem(plan.items().get(0).ref(), PlanSection.ORGANISATION, " ", null,
				null)).all()).extracting(RuleViolation::field).containsExactly("what", "responsible", "when");
		assertThat(plan.items()).hasSize(1);
	}

	@Test
	void anItemIsDueOnADayInAMonthOrInAQuarterAndOnlyOneOfThem() {
		assertThat(refusal(() -> new PlanTime(LocalDate.of(2026, 10, 1), YearMonth.of(2026, 10), null)).code())
				.isEqualTo("plans.rule.when.exactlyOne");
		assertThat(refusal(() -> PlanTime.inQuarter(5)).code()).isEqualTo("plans.rule.when.quarter");
		assertThat(PlanTime.fromForm(null, null, null)).isEmpty();
	}

	@Test
	void anAgreedOrApprovedPlanIsNotEdited() {
		WorkPlan agreed = draftWithOneItem();
		agreed.agreeByDeputy(DEPUTY, NOW);
		assertThat(refusal(() -> agreed.addItem(PlanSection.METHODOLOGY, "Семинар", HEAD, PlanTime.inQuarter(2))).code())
				.isEqualTo("plans.rule.notDraft");

		WorkPlan approved = approved();
		UUID ref = approved.items().get(0).ref();
		assertThat(refusal(() -> approved.removeItem(ref)).code()).isEqualTo("plans.rule.notDraft");
	}

	@Test
	void editingAnApprovedPlanMakesTheNextVersionAsADraftCopyAndLeavesTheApprovedOneAsItWas() {
		WorkPlan first = approved();

		WorkPlan second = first.revise(HEAD, NOW);
		second.addItem(PlanSection.METHODOLOGY, "Ачык сабак", HEAD, PlanTime.on(LocalDate.of(2026, 11, 20)));

		assertThat(second.number()).isEqualTo(2);
		assertThat(second.status()).isEqualTo(WorkPlan.Status.DRAFT);
		assertThat(second.previousId()).isEqualTo(first.getId());
		assertThat(second.items()).hasSize(2);
		assertThat(first.status()).isEqualTo(WorkPlan.Status.APPROVED);
		assertThat(first.items()).hasSize(1);
	}

	@Test
	void onlyTheApprovedPlanIsRevised() {
		assertThat(refusal(() -> draftWithOneItem().revise(HEAD, NOW)).code()).isEqualTo("plans.rule.reviseOnlyApproved");
	}

	@Test
	void theNewVersionOnceApprovedReplacesTheOldOne() {
		WorkPlan first = approved();
		WorkPlan second = first.revise(HEAD, NOW);
		second.agreeByDeputy(DEPUTY, NOW);
		second.approveByDirector(DIRECTOR, NOW, LocalDate.of(2026, 10, 1));

		first.replaceBy(second, NOW);

		assertThat(first.status()).isEqualTo(WorkPlan.Status.REPLACED);
		UUID ref = first.items().get(0).ref();
		assertThat(refusal(() -> first.recordExecution(ref, PlanItem.Status.DONE, null)).code())
				.isEqualTo("plans.rule.replaced");
	}

	@Test
	void whatWasDoneUnderThePlanInForceCarriesOverToTheVersionThatReplacesIt() {
		WorkPlan first = approved();
		WorkPlan second = first.revise(HEAD, NOW);
		UUID ref = first.items().get(0).ref();
		first.recordExecution(ref, PlanItem.Status.DONE, "Сентябрда талкууланды");
		second.agreeByDeputy(DEPUTY, NOW);
		second.approveByDirector(DIRECTOR, NOW, LocalDate.of(2026, 10, 1));

		second.takeOverExecutionOf(first);

		assertThat(second.items().get(0).status()).isEqualTo(PlanItem.Status.DONE);
		assertThat(second.items().get(0).note()).isEqualTo("Сентябрда талкууланды");
	}

	@Test
	void aMovedOrDroppedItemSaysWhy() {
		WorkPlan plan = approved();
		UUID ref = plan.items().get(0).ref();

		assertThat(refusal(() -> plan.recordExecution(ref, PlanItem.Status.MOVED, "")).field()).isEqualTo("note");
		plan.recordExecution(ref, PlanItem.Status.MOVED, "Карантин");
		assertThat(plan.items().get(0).status()).isEqualTo(PlanItem.Status.MOVED);
		assertThat(plan.items().get(0).note()).isEqualTo("Карантин");
	}

	@Test
	void versionsCompareItemByItem() {
		WorkPlan first = approved();
		WorkPlan second = first.revise(HEAD, NOW);
		PlanItem kept = second.items().get(0);
		second.changeItem(kept.ref(), kept.section(), kept.what(), DEPUTY, kept.when());
		second.addItem(PlanSection.METHODOLOGY, "Ачык сабак", HEAD, PlanTime.inQuarter(2));

		PlanComparison comparison = PlanComparison.of(second, first);

		assertThat(comparison.older()).isSameAs(first);
		assertThat(comparison.added()).extracting(PlanItem::what).containsExactly("Ачык сабак");
		assertThat(comparison.removed()).isEmpty();
		assertThat(comparison.changed()).singleElement().satisfies(change -> {
			assertThat(change.before().responsible()).isEqualTo(HEAD);
			assertThat(change.after().responsible()).isEqualTo(DEPUTY);
		});
	}

	@Test
	void theSummaryCountsDoneLateMovedAndDroppedPerSectionAndPerPerson() {
		WorkPlan plan = WorkPlan.draft(new SchoolId(UUID.randomUUID()), AssociationId.random(), YEAR, List.of());
		PlanItem done = plan.addItem(PlanSection.ORGANISATION, "A", HEAD, PlanTime.in(YearMonth.of(2026, 9)));
		plan.addItem(PlanSection.ORGANISATION, "B", HEAD, PlanTime.on(LocalDate.of(2026, 9, 20)));
		plan.addItem(PlanSection.METHODOLOGY, "C", DEPUTY, PlanTime.inQuarter(1));
		PlanItem dropped = plan.addItem(PlanSection.METHODOLOGY, "D", DEPUTY, PlanTime.inQuarter(3));
		plan.recordExecution(done.ref(), PlanItem.Status.DONE, null);
		plan.recordExecution(dropped.ref(), PlanItem.Status.DROPPED, "Жок");

		// 1 October: the September day is past; the first quarter (to 31 October) is not.
		PlanSummary summary = PlanSummary.of(plan, LocalDate.of(2026, 10, 1), Quarter.defaultsFor(YEAR));

		assertThat(summary.total()).isEqualTo(new PlanSummary.Counts(4, 1, 1, 0, 1));
		assertThat(summary.bySection().get(PlanSection.ORGANISATION)).isEqualTo(new PlanSummary.Counts(2, 1, 1, 0, 0));
		assertThat(summary.byPerson().get(DEPUTY)).isEqualTo(new PlanSummary.Counts(2, 0, 0, 0, 1));
	}

	@Test
	void theTemplateGivesThirtyStandardItemsInFourSectionsInTheAuthorsLanguage() {
		StaticMessageSource messages = new StaticMessageSource();
		for (int i = 1; i <= PlanTemplate.size(); i++) {
			messages.addMessage("plans.template." + i, java.util.Locale.ENGLISH, "Item " + i);
		}

		List<PlanItem> items = PlanTemplate.items(messages, java.util.Locale.ENGLISH);

		assertThat(items).hasSize(30);
		assertThat(items.get(0).section()).isEqualTo(PlanSection.ORGANISATION);
		assertThat(items.get(29).section()).isEqualTo(PlanSection.METHODOLOGY);
		assertThat(items.get(29).what()).isEqualTo("Item 30");
		assertThat(items).noneMatch(PlanItem::isAssigned);
	}
}
