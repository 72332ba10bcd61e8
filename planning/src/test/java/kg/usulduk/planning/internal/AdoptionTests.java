package kg.usulduk.planning.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.PedagogicalResolutions.Resolution;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolYear;

import org.junit.jupiter.api.Test;

/** 001 plan header: "adopted by the pedagogical council's resolution № … of …". */
class AdoptionTests {

	static final SchoolYear YEAR = new SchoolYear(2026);
	static final CouncilSessionId SESSION = CouncilSessionId.random();

	static Resolution resolution(int number, LocalDate on, DecisionKind kind) {
		return new Resolution(SESSION, 2, number, on, kind, "Иш пландарын кабыл алуу", "Кабыл алынсын");
	}

	@Test
	void aWorkPlanIsAdoptedByAResolutionOfItsYearAdoptingTheWorkPlans() {
		Adoption adoption = Adoption.by(resolution(2, LocalDate.of(2026, 9, 2), DecisionKind.ADOPT_WORK_PLANS), YEAR,
				DecisionKind.ADOPT_WORK_PLANS);

		assertThat(adoption.number()).isEqualTo(2);
		assertThat(adoption.date()).isEqualTo(LocalDate.of(2026, 9, 2));
		assertThat(adoption.ref().session()).isEqualTo(SESSION);
		assertThat(adoption.ref().item()).isEqualTo(2);
	}

	@Test
	void aResolutionOnAnotherQuestionAdoptsNothing() {
		assertThatThrownBy(() -> Adoption.by(resolution(3, LocalDate.of(2026, 9, 2), DecisionKind.ADOPT_THEME), YEAR,
				DecisionKind.ADOPT_WORK_PLANS)).isInstanceOfSatisfying(RuleViolation.class,
						e -> assertThat(e.code()).isEqualTo("planning.adoption.wrongKind"));
	}

	@Test
	void aResolutionOfAnotherSchoolYearAdoptsNothing() {
		assertThatThrownBy(() -> Adoption.by(resolution(1, LocalDate.of(2026, 8, 28), DecisionKind.ADOPT_WORK_PLANS),
				YEAR, DecisionKind.ADOPT_WORK_PLANS)).isInstanceOfSatisfying(RuleViolation.class,
						e -> assertThat(e.code()).isEqualTo("planning.adoption.otherYear"));
	}

	@Test
	void aResolutionTheCouncilDidNotAdoptIsRefusedOnTheField() {
		assertThatThrownBy(() -> Adoption.by(null, YEAR, DecisionKind.ADOPT_WORK_PLANS))
				.isInstanceOfSatisfying(RuleViolation.class,
						e -> assertThat(e.code()).isEqualTo("planning.adoption.unknown"));
	}

	@Test
	void onlyASessionAndAQuestionNumberAreReadAsAReference() {
		assertThat(Adoption.refOf(SESSION + ":3")).satisfies(ref -> {
			assertThat(ref.session()).isEqualTo(SESSION);
			assertThat(ref.item()).isEqualTo(3);
		});
		assertThat(Adoption.refOf("x:3")).isNull();
		assertThat(Adoption.refOf(SESSION + ":0")).isNull();
		assertThat(Adoption.refOf(SESSION + ":99999999999999999999")).isNull();
		assertThat(Adoption.refOf(null)).isNull();
	}
}
