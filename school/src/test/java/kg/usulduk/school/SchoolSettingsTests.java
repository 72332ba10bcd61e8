package kg.usulduk.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class SchoolSettingsTests {

	@Test
	void defaultsAreThoseOfTheRegulations() {
		SchoolSettings defaults = SchoolSettings.DEFAULTS;

		assertThat(defaults.minimumAssociationSessions()).isEqualTo(4); // 001 §5.5
		assertThat(defaults.yearsBeforeArchive()).isEqualTo(3); // 001 §5.8
		assertThat(defaults.youngTeacherYears()).isEqualTo(3);
		assertThat(defaults.reminderLeadDays()).containsExactly(3, 1);
		assertThat(defaults.councilQuorumPercent()).isEqualTo(50);
	}

	@Test
	void everyValueOutOfRangeIsRefusedAtOnce() {
		assertThatThrownBy(() -> new SchoolSettings(3, 30, 1, List.of(90), 40))
				.isInstanceOf(RuleViolation.class)
				.satisfies(e -> assertThat(((RuleViolation) e).all()).extracting(RuleViolation::field).containsExactly(
						"minimumAssociationSessions", "youngTeacherYears", "yearsBeforeArchive", "reminderLeadDays",
						"councilQuorumPercent"));
	}

	@Test
	void aSchoolMayAskSevenSessionsAYearAsInOrder004() {
		assertThatCode(() -> new SchoolSettings(7, 3, 3, List.of(3, 1), 50)).doesNotThrowAnyException();
	}

	@Test
	void fewerThanFourAssociationSessionsBreaksTheMinimumOf001() {
		assertThatThrownBy(() -> new SchoolSettings(3, 3, 3, List.of(3, 1), 50))
				.isInstanceOf(RuleViolation.class)
				.satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("minimumAssociationSessions"));
	}

	@Test
	void documentsCannotLeaveTheSchoolBeforeThreeYears() {
		assertThatThrownBy(() -> new SchoolSettings(4, 3, 2, List.of(3, 1), 50))
				.satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("yearsBeforeArchive"));
	}

	@Test
	void aQuorumOfHalfOrLessIsNoQuorum() {
		assertThatThrownBy(() -> new SchoolSettings(4, 3, 3, List.of(3, 1), 40))
				.satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("councilQuorumPercent"));
	}

	@Test
	void reminderDaysAreKeptLongestFirstWithoutRepeats() {
		assertThat(new SchoolSettings(4, 3, 3, List.of(1, 7, 3, 1), 50).reminderLeadDays()).containsExactly(7, 3, 1);
	}

	@Test
	void aTeacherBelowTheThresholdIsAYoungTeacher() {
		assertThat(SchoolSettings.DEFAULTS.isYoungTeacher(2)).isTrue();
		assertThat(SchoolSettings.DEFAULTS.isYoungTeacher(3)).isFalse();
	}

	@Test
	void aSchoolKeepsBishkekTimeUnlessItChoosesAnotherZone() {
		assertThat(SchoolSettings.DEFAULTS.timeZone()).hasToString("Asia/Bishkek");
		assertThat(new SchoolSettings(4, 3, 3, List.of(3, 1), 50).timeZone()).hasToString("Asia/Bishkek");
		assertThat(SchoolSettings.timeZone("Asia/Almaty")).hasToString("Asia/Almaty");
	}

	@Test
	void aZoneNotOfferedOrNoZoneIsRefusedOnItsField() {
		for (String zone : new String[] { "Mars/Olympus", "", null, "Europe/Paris", "+06:00" }) {
			assertThatThrownBy(() -> SchoolSettings.timeZone(zone))
					.satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("timeZone"));
		}
		assertThatThrownBy(() -> new SchoolSettings(4, 3, 3, List.of(3, 1), 50, null, null,
				java.time.ZoneId.of("Europe/Paris")))
				.satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("timeZone"));
	}
}
