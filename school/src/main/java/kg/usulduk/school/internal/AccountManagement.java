package kg.usulduk.school.internal;

import java.util.Set;

import kg.usulduk.school.Versions;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffId;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's work on accounts: open one for a staff member, change roles, reset, lock, unlock. */
@Service
@Transactional
public class AccountManagement {

	private final Accounts accounts;
	private final StaffMembers staff;
	private final Access access;
	private final PasswordEncoder passwords;
	private final SessionEnding sessions;

	AccountManagement(Accounts accounts, StaffMembers staff, Access access, PasswordEncoder passwords,
			SessionEnding sessions) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.staff = staff;
		this.access = access;
		this.passwords = passwords;
	}

	public Account open(SchoolUser actor, StaffId staffId, String username, String password, Set<Role> roles) {
		access.requireAdministrator(actor);
		StaffMember member = staff.findByIdAndSchoolId(staffId, actor.schoolId())
				.orElseThrow(() -> RuleViolation.onField("staffId", "school.account.staff.unknown"));
		if (!member.isActive()) {
			throw RuleViolation.onField("staffId", "school.account.staff.left");
		}
		if (accounts.findByStaffId(staffId).isPresent()) {
			throw RuleViolation.onField("staffId", "school.account.staff.hasAccount");
		}
		String name = Account.normalise(username);
		if (accounts.usernameTaken(name)) {
			throw RuleViolation.onField("username", "school.account.username.taken");
		}
		String hash = passwords.encode(Account.checkPassword(password));
		return accounts.save(Account.open(actor.schoolId(), staffId, name, hash, roles));
	}

	public Account changeRoles(SchoolUser actor, AccountId id, Integer shownVersion, Set<Role> roles) {
		Account account = ownAccount(actor, id, shownVersion);
		// An administrator who takes away their own ADMIN role could leave the school with nobody to undo it.
		if (account.getId().value().equals(actor.accountId()) && !roles.contains(Role.ADMIN)) {
			throw RuleViolation.onField("roles", "school.account.roles.keepOwnAdmin");
		}
		boolean loses = !roles.containsAll(account.roles());
		account.changeRoles(roles);
		if (loses) {
			// A right taken away is gone on the next request, not when the session would have expired.
			sessions.endSessionsOf(account.username());
		}
		return accounts.save(account);
	}

	public Account resetPassword(SchoolUser actor, AccountId id, Integer shownVersion, String password) {
		Account account = ownAccount(actor, id, shownVersion);
		account.changePassword(passwords.encode(Account.checkPassword(password)));
		accounts.clearFailures(account.getId().value());
		// A reset usually means the old password leaked: whoever signed in with it is signed out.
		sessions.endSessionsOf(account.username());
		return accounts.save(account);
	}

	public Account disable(SchoolUser actor, AccountId id, Integer shownVersion) {
		Account account = ownAccount(actor, id, shownVersion);
		if (account.getId().value().equals(actor.accountId())) {
			throw RuleViolation.of("school.account.disableSelf");
		}
		account.disable();
		sessions.endSessionsOf(account.username());
		return accounts.save(account);
	}

	public Account enable(SchoolUser actor, AccountId id, Integer shownVersion) {
		Account account = ownAccount(actor, id, shownVersion);
		account.enable();
		account.unlock();
		accounts.clearFailures(account.getId().value());
		return accounts.save(account);
	}

	private Account ownAccount(SchoolUser actor, AccountId id, Integer shownVersion) {
		access.requireAdministrator(actor);
		Account account = accounts.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("account", id));
		Versions.expect(shownVersion, account.version(), "account");
		return account;
	}
}
