package kg.usulduk.school.internal;

import java.time.Clock;
import java.time.Instant;

import kg.usulduk.school.SchoolUser;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signing in with an account: finds it for Spring Security, counts failed attempts and locks an account
 * after {@value Account#FAILURES_BEFORE_LOCK} in a row, and re-hashes a password whose algorithm is outdated.
 */
@Service
class AccountSignIn implements UserDetailsService, UserDetailsPasswordService {

	private final Accounts accounts;
	private final StaffMembers staff;
	private final Operators operators;
	private final Clock clock;

	AccountSignIn(Accounts accounts, StaffMembers staff, Operators operators, Clock clock) {
		this.accounts = accounts;
		this.operators = operators;
		this.staff = staff;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		String name = username == null ? "" : username.strip();
		// Usernames are unique across accounts and the deployment's operators (Accounts.usernameTaken).
		return accounts.findByUsername(name).<UserDetails>map(this::userOf)
				.or(() -> operators.findByUsername(name).map(Operator::principal))
				.orElseThrow(() -> new UsernameNotFoundException("no such account"));
	}

	@Override
	@Transactional
	public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
		// A deployment operator's hash is not re-encoded here: it keeps the one it was created with.
		return accounts.findByUsername(user.getUsername()).<UserDetails>map(account -> {
			account.changePassword(newPasswordHash);
			return userOf(accounts.save(account));
		}).orElse(user);
	}

	// Both counters are single atomic updates, not load-and-save of the aggregate: twenty people (or one guesser)
	// signing in at once would otherwise collide on the account's version and lose counts.
	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(AuthenticationFailureBadCredentialsEvent event) {
		// Unknown usernames are not counted: there is nothing to lock, and counting them would tell
		// a guesser which names exist.
		Instant now = now();
		accounts.recordFailedLogin(String.valueOf(event.getAuthentication().getPrincipal()).strip(), now,
				now.plus(Account.LOCK_DURATION), Account.FAILURES_BEFORE_LOCK);
	}

	@EventListener
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	void on(AuthenticationSuccessEvent event) {
		if (event.getAuthentication().getPrincipal() instanceof SchoolUser user) {
			accounts.recordSuccessfulLogin(user.accountId(), now());
		}
	}

	private SchoolUser userOf(Account account) {
		StaffMember member = staff.findById(account.staffId()).orElseThrow();
		return new SchoolUser(account.getId().value(), account.username(), account.passwordHash(), account.schoolId(),
				account.staffId(), member.fullName(), account.observedDistrict(), account.roles(), account.isLocked(now()),
				account.isEnabled() && member.isActive());
	}

	private Instant now() {
		return clock.instant();
	}
}
