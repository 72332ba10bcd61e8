package kg.usulduk.school.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

/**
 * The sign-in counters are atomic updates beside the account, not part of it: people signing in never make an
 * administrator's open form stale, and the administrator's changes never write old counters back.
 */
@ApplicationModuleTest
class AccountCountersIntegrationTests {

	@Autowired TestSchools testSchools;
	@Autowired Accounts accounts;
	@Autowired AccountManagement management;

	@Test
	void anAdministratorsChangeIsNotRefusedBecauseTheOwnerSignedInMeanwhileAndKeepsTheCounters() {
		TestSchool school = testSchools.register();
		SchoolUser teacher = school.teacher();
		AccountId id = new AccountId(teacher.accountId());
		Integer shown = accounts.findById(id).orElseThrow().version();
		Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);

		accounts.recordSuccessfulLogin(id.value(), now);
		accounts.recordFailedLogin(teacher.getUsername(), now, now.plus(Account.LOCK_DURATION), Account.FAILURES_BEFORE_LOCK);
		management.changeRoles(school.admin(), id, shown, Set.of(Role.TEACHER, Role.DEPUTY));

		Account account = accounts.findById(id).orElseThrow();
		assertThat(account.roles()).containsExactlyInAnyOrder(Role.TEACHER, Role.DEPUTY);
		assertThat(account.lastLoginAt()).isEqualTo(now);
		assertThat(account.failedLogins()).isOne();
	}

	@Test
	void theAdministratorUnlocksALockedAccount() {
		TestSchool school = testSchools.register();
		SchoolUser teacher = school.teacher();
		AccountId id = new AccountId(teacher.accountId());
		Instant now = Instant.now();
		for (int i = 0; i < Account.FAILURES_BEFORE_LOCK; i++) {
			accounts.recordFailedLogin(teacher.getUsername(), now, now.plus(Account.LOCK_DURATION),
					Account.FAILURES_BEFORE_LOCK);
		}
		assertThat(accounts.findById(id).orElseThrow().isLocked(now)).isTrue();

		management.enable(school.admin(), id, accounts.findById(id).orElseThrow().version());

		Account account = accounts.findById(id).orElseThrow();
		assertThat(account.isLocked(now)).isFalse();
		assertThat(account.failedLogins()).isZero();
	}
}
