package kg.usulduk.planning.internal.thematic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;

/** Plan I.4: a calendar-thematic plan is submitted, discussed, approved, and its execution followed. */
class ThematicPlanTests {

	static final SchoolYear YEAR = new SchoolYear(2026);
	static final StaffId TEACHER = StaffId.random();

	static ThematicPlan plan() {
		return ThematicPlan.submit(SchoolId.random(), TEACHER, YEAR, "Алгебра", "8А", List.of(
				new Topic("Квадраттык теңдемелер", 6, LocalDate.of(2026, 10, 20), null),
				new Topic("Виет теоремасы", 3, LocalDate.of(2026, 12, 10), null)));
	}

	static String code(Runnable act) {
		try {
			act.run();
		}
		catch (RuleViolation violation) {
			return violation.code();
		}
		throw new AssertionError("expected a refusal");
	}

	@Test
	void aTopicOutsideTheSchoolYearIsRefused() {
		assertThat(code(() -> ThematicPlan.submit(SchoolId.random(), TEACHER, YEAR, "Алгебра", "8А",
				List.of(new Topic("Жайкы тема", 2, LocalDate.of(2027, 9, 5), null))))).isEqualTo("planning.thematic.outsideYear");
		assertThat(code(() -> ThematicPlan.submit(SchoolId.random(), TEACHER, YEAR, "Алгебра", "8А", List.of())))
				.isEqualTo("planning.thematic.noTopics");
	}

	@Test
	void aPlanIsApprovedOnlyAfterTheAssociationDiscussedIt() {
		ThematicPlan plan = plan();

		// plan I.4: discussed, then approved
		assertThat(code(() -> plan.approve(StaffId.random(), LocalDate.of(2026, 9, 10)))).isEqualTo("planning.thematic.notDiscussed");
		plan.discussed("Талкууланды, сунуштар жок");
		plan.approve(StaffId.random(), LocalDate.of(2026, 9, 10));

		assertThat(plan.status()).isEqualTo(ThematicPlan.Status.APPROVED);
		assertThat(code(() -> plan.revise(List.of(new Topic("Башка", 1, LocalDate.of(2026, 11, 1), null)))))
				.isEqualTo("planning.thematic.approved");
		assertThat(plan.topics()).hasSize(2);
	}

	@Test
	void executionCountsTopicsTaughtAndThoseBehind() {
		ThematicPlan plan = plan();
		assertThat(code(() -> plan.taught(0, LocalDate.of(2026, 10, 19)))).isEqualTo("planning.thematic.notApproved");
		plan.discussed("Макулдашылды");
		plan.approve(StaffId.random(), LocalDate.of(2026, 9, 10));

		assertThat(plan.execution(LocalDate.of(2026, 11, 24))).isEqualTo(new ThematicPlan.Execution(2, 0, 1));
		plan.taught(0, LocalDate.of(2026, 11, 24));
		assertThat(plan.execution(LocalDate.of(2026, 11, 24))).isEqualTo(new ThematicPlan.Execution(2, 1, 0));
		assertThat(plan.execution(LocalDate.of(2026, 12, 11))).isEqualTo(new ThematicPlan.Execution(2, 1, 1));
		assertThatThrownBy(() -> plan.taught(5, LocalDate.of(2026, 11, 24))).isInstanceOf(RuleViolation.class);
	}
}
