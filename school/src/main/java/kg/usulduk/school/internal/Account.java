package kg.usulduk.school.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import kg.usulduk.school.DistrictId;
import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.ReadOnlyProperty;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * How a staff member signs in: a username, a password hash, roles, and the record of failed attempts that
 * locks the account for a while when someone keeps guessing.
 */
@Table(schema = "school", name = "accounts")
public class Account extends AbstractAggregateRoot<Account> implements AggregateRoot<Account, AccountId> {

	/** Failed sign-ins in a row that lock an account. */
	public static final int FAILURES_BEFORE_LOCK = 5;
	/** How long a locked account stays locked. */
	public static final Duration LOCK_DURATION = Duration.ofMinutes(15);
	/** The shortest password an account may have. */
	public static final int MIN_PASSWORD_LENGTH = 10;

	private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,59}$");

	private final @Id AccountId id;
	private final SchoolId schoolId;
	private final StaffId staffId;
	private final String username;
	private String passwordHash;
	private Set<Role> roles;
	private @Column("observed_district_id") DistrictId observedDistrict;
	private boolean enabled;
	// The sign-in counters are written only by atomic updates (Accounts#recordFailedLogin, #recordSuccessfulLogin,
	// #clearFailures), never by saving the aggregate: an administrator's change to the account neither conflicts
	// with people signing in nor writes old counters back.
	@ReadOnlyProperty private int failedLogins;
	@ReadOnlyProperty private Instant lockedUntil;
	@ReadOnlyProperty private Instant lastLoginAt;
	private @Version Integer version;

	@PersistenceCreator
	Account(AccountId id, SchoolId schoolId, StaffId staffId, String username, String passwordHash, Set<Role> roles,
			DistrictId observedDistrict, boolean enabled, int failedLogins, Instant lockedUntil, Instant lastLoginAt, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.staffId = staffId;
		this.username = username;
		this.passwordHash = passwordHash;
		this.roles = roles == null || roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.observedDistrict = observedDistrict;
		this.enabled = enabled;
		this.failedLogins = failedLogins;
		this.lockedUntil = lockedUntil;
		this.lastLoginAt = lastLoginAt;
		this.version = version;
	}

	/**
	 * Opens an account for a staff member.
	 *
	 * @param passwordHash the encoded password; the caller checks the plain one with {@link #checkPassword}
	 */
	public static Account open(SchoolId school, StaffId staff, String username, String passwordHash, Set<Role> roles) {
		Account account = new Account(AccountId.random(), Objects.requireNonNull(school), Objects.requireNonNull(staff),
				normalise(username), Objects.requireNonNull(passwordHash), Set.of(), null, true, 0, null, null, null);
		account.changeRoles(roles);
		return account;
	}

	/** Usernames are compared without case: {@code Aigul} and {@code aigul} are one person. */
	public static String normalise(String username) {
		String name = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		if (!USERNAME.matcher(name).matches()) {
			throw RuleViolation.onField("username", "school.account.username.format");
		}
		return name;
	}

	/** Refuses a password too short to withstand guessing; the check runs before hashing. */
	public static String checkPassword(String password) {
		if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
			throw RuleViolation.onField("password", "school.account.password.tooShort", MIN_PASSWORD_LENGTH);
		}
		if (password.length() > 128) {
			throw RuleViolation.onField("password", "validation.tooLong", 128);
		}
		return password;
	}

	/**
	 * The school's administrator sets the roles of the school's own work. Reading a whole district is not the
	 * school's to give, nor to take: only the deployment's administrator grants or withdraws it
	 * ({@link #grantObservation}).
	 */
	public void changeRoles(Set<Role> newRoles) {
		if (newRoles == null || newRoles.isEmpty()) {
			throw RuleViolation.onField("roles", "school.account.roles.required");
		}
		if (!Role.grantableBySchool().containsAll(newRoles)) {
			throw RuleViolation.onField("roles", "school.account.roles.notTheSchools");
		}
		if (isObserver()) {
			throw RuleViolation.onField("roles", "school.account.roles.observerKeptByDeployment");
		}
		this.roles = EnumSet.copyOf(newRoles);
	}

	/**
	 * Makes the account a district observer of one district, and nothing else: an observer reads several
	 * schools, and mixing that with a role that changes one school's records would let the account change
	 * what it may only read.
	 */
	public void grantObservation(DistrictId district) {
		this.roles = EnumSet.of(Role.DISTRICT_OBSERVER);
		this.observedDistrict = Objects.requireNonNull(district);
	}

	/**
	 * Ends a district observer's reading rights. The account is left a disabled teacher's account of its
	 * school, whose administrator decides what becomes of it.
	 */
	public void withdrawObservation() {
		if (!isObserver()) {
			throw RuleViolation.of("school.district.observer.notObserver");
		}
		this.roles = EnumSet.of(Role.TEACHER);
		this.observedDistrict = null;
		this.enabled = false;
	}

	public boolean isObserver() {
		return roles.contains(Role.DISTRICT_OBSERVER);
	}

	public DistrictId observedDistrict() {
		return observedDistrict;
	}

	public void changePassword(String newPasswordHash) {
		this.passwordHash = Objects.requireNonNull(newPasswordHash);
		unlock();
	}

	public void disable() {
		this.enabled = false;
	}

	public void enable() {
		this.enabled = true;
	}

	public void unlock() {
		this.failedLogins = 0;
		this.lockedUntil = null;
	}

	/**
	 * Counts a wrong password; the fifth in a row locks the account for a quarter of an hour. Sign-in applies this
	 * rule as one atomic update ({@link Accounts#recordFailedLogin}) so that parallel attempts are all counted.
	 */
	public void recordFailedLogin(Instant now) {
		if (isLocked(now)) {
			return;
		}
		if (lockedUntil != null) {
			// The last lock has run out: the count starts again.
			failedLogins = 0;
			lockedUntil = null;
		}
		failedLogins++;
		if (failedLogins >= FAILURES_BEFORE_LOCK) {
			lockedUntil = now.plus(LOCK_DURATION);
		}
	}

	public void recordSuccessfulLogin(Instant now) {
		this.failedLogins = 0;
		this.lockedUntil = null;
		this.lastLoginAt = now;
	}

	public boolean isLocked(Instant now) {
		return lockedUntil != null && now.isBefore(lockedUntil);
	}

	@Override
	public AccountId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public StaffId staffId() {
		return staffId;
	}

	public String username() {
		return username;
	}

	public String passwordHash() {
		return passwordHash;
	}

	public Set<Role> roles() {
		return Set.copyOf(roles);
	}

	public boolean isEnabled() {
		return enabled;
	}

	public int failedLogins() {
		return failedLogins;
	}

	public Instant lockedUntil() {
		return lockedUntil;
	}

	public Instant lastLoginAt() {
		return lastLoginAt;
	}

	public Integer version() {
		return version;
	}
}
