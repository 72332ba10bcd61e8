package kg.usulduk.school;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class DeputyDutyTests {

	static final SchoolId SCHOOL = SchoolId.random();
	static final SchoolUser METHODS = user(SCHOOL, Role.DEPUTY);
	static final SchoolUser UPBRINGING = user(SCHOOL, Role.DEPUTY);
	static final SchoolUser DIRECTOR = user(SCHOOL, Role.DIRECTOR);

	static SchoolUser user(SchoolId school, Role role) {
		return new SchoolUser(UUID.randomUUID(), "u" + UUID.randomUUID(), null, school, StaffId.random(), "Аты", null,
				Set.of(role), false, true);
	}

	static SchoolProfile profile(Map<DeputyDuty, StaffId> duties) {
		return new SchoolProfile(SCHOOL, "Мектеп", "1", DistrictId.random(), "Район", SchoolSettings.DEFAULTS, duties);
	}

	@Test
	void aSchoolWithOneDeputyLeavesEveryDutyToThatDeputy() {
		// Issue 11: default, the single deputy does all.
		SchoolProfile school = profile(Map.of());

		for (DeputyDuty duty : DeputyDuty.values()) {
			assertThat(school.holdsDuty(METHODS, duty)).isTrue();
			assertThat(school.holdsDuty(DIRECTOR, duty)).as("the director is no deputy").isFalse();
		}
	}

	@Test
	void aDutyGivenToTheDeputyForMethodologicalWorkIsNotTheOtherDeputys() {
		// 001 §5.3, §5.7; 003 §4.1: the duties of "the deputy" split between two deputies.
		SchoolProfile school = profile(Map.of(DeputyDuty.AGREES_PLANS_AND_ANALYSES_YEAR, METHODS.staffId(),
				DeputyDuty.CHAIRS_COUNCIL, METHODS.staffId()));

		assertThat(school.holdsDuty(METHODS, DeputyDuty.AGREES_PLANS_AND_ANALYSES_YEAR)).isTrue();
		assertThat(school.holdsDuty(UPBRINGING, DeputyDuty.AGREES_PLANS_AND_ANALYSES_YEAR)).isFalse();
		assertThat(school.holdsDuty(UPBRINGING, DeputyDuty.CONTROLS_ASSOCIATIONS)).as("unassigned: every deputy").isTrue();
		assertThat(school.assignedTo(UPBRINGING.staffId(), DeputyDuty.CHAIRS_COUNCIL)).isFalse();
	}

	@Test
	void anotherSchoolsDeputyHoldsNoDutyHere() {
		assertThat(profile(Map.of()).holdsDuty(user(SchoolId.random(), Role.DEPUTY), DeputyDuty.CONTROLS_ASSOCIATIONS))
				.isFalse();
	}
}
