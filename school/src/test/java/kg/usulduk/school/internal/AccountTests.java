package kg.usulduk.school.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Set;

import kg.usulduk.school.DistrictId;
import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;

class AccountTests {

	static final Instant NOW = Instant.parse("2026-11-24T08:00:00Z");

	static Account teacher() {
		return Account.open(SchoolId.random(), StaffId.random(), "Aigul", "{noop}x", Set.of(Role.TEACHER));
	}

	@Test
	void fiveWrongPasswordsInARowLockTheAccountForAQuarterOfAnHour() {
		Account account = teacher();
		for (int i = 0; i < 4; i++) {
			account.recordFailedLogin(NOW);
		}
		assertThat(account.isLocked(NOW)).isFalse();

		account.recordFailedLogin(NOW);

		assertThat(account.isLocked(NOW)).isTrue();
		assertThat(account.isLocked(NOW.plus(Account.LOCK_DURATION).minusSeconds(1))).isTrue();
		assertThat(account.isLocked(NOW.plus(Account.LOCK_DURATION))).isFalse();
	}

	@Test
	void aSuccessfulSignInClearsTheCount() {
		Account account = teacher();
		for (int i = 0; i < 4; i++) {
			account.recordFailedLogin(NOW);
		}
		account.recordSuccessfulLogin(NOW);
		account.recordFailedLogin(NOW);

		assertThat(account.failedLogins()).isEqualTo(1);
		assertThat(account.isLocked(NOW)).isFalse();
	}

	@Test
	void usernamesAreComparedWithoutCaseAndMustBeLatin() {
		assertThat(teacher().username()).isEqualTo("aigul");
		assertThatThrownBy(() -> Account.normalise("Айгүл")).isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> Account.normalise("ab")).isInstanceOf(RuleViolation.class);
	}

	@Test
	void aShortPasswordIsRefused() {
		assertThatThrownBy(() -> Account.checkPassword("short"))
				.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("school.account.password.tooShort"));
	}

	@Test
	void aSchoolsAdministratorCannotMakeAnyoneADistrictObserver() {
		Account account = teacher();

		assertThatThrownBy(() -> account.changeRoles(Set.of(Role.DISTRICT_OBSERVER)))
				.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("school.account.roles.notTheSchools"));
		assertThatThrownBy(() -> account.changeRoles(Set.of(Role.DEPLOYMENT_ADMIN)))
				.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("school.account.roles.notTheSchools"));
		assertThatThrownBy(() -> account.changeRoles(Set.of())).isInstanceOf(RuleViolation.class);
		assertThat(account.roles()).containsExactly(Role.TEACHER);
	}

	@Test
	void aDistrictObserverHasNoOtherRoleAndOnlyTheDeploymentChangesIt() {
		Account account = teacher();
		DistrictId district = DistrictId.random();

		account.grantObservation(district);

		assertThat(account.roles()).containsExactly(Role.DISTRICT_OBSERVER);
		assertThat(account.observedDistrict()).isEqualTo(district);
		assertThatThrownBy(() -> account.changeRoles(Set.of(Role.DIRECTOR))).satisfies(
				e -> assertThat(((RuleViolation) e).code()).isEqualTo("school.account.roles.observerKeptByDeployment"));
	}

	@Test
	void withdrawingObservationLeavesADisabledTeachersAccountForTheSchoolToDecide() {
		Account account = teacher();
		account.grantObservation(DistrictId.random());

		account.withdrawObservation();

		assertThat(account.roles()).containsExactly(Role.TEACHER);
		assertThat(account.observedDistrict()).isNull();
		assertThat(account.isEnabled()).isFalse();
		assertThatThrownBy(account::withdrawObservation).isInstanceOf(RuleViolation.class);
	}
}
