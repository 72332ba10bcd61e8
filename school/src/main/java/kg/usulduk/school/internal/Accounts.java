package kg.usulduk.school.internal;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Accounts of all schools. */
public interface Accounts extends ListCrudRepository<Account, AccountId> {

	@Query("SELECT * FROM school.accounts WHERE lower(username) = lower(:username)")
	Optional<Account> findByUsername(String username);

	Optional<Account> findByIdAndSchoolId(AccountId id, SchoolId schoolId);

	Optional<Account> findByStaffId(StaffId staffId);

	/** The staff of the school whose enabled account has the role, as {@link Account#isEnabled} and its roles say. */
	@Query("SELECT staff_id FROM school.accounts WHERE school_id = :school AND enabled AND :role = ANY (roles) "
			+ "AND staff_id IS NOT NULL")
	java.util.List<UUID> findStaffWithRole(UUID school, String role);

	/** Whether an account or a deployment operator already signs in with this name. */
	@Query("SELECT EXISTS (SELECT 1 FROM school.accounts WHERE lower(username) = lower(:username)) "
			+ "OR EXISTS (SELECT 1 FROM school.operators WHERE lower(username) = lower(:username))")
	boolean usernameTaken(String username);

	@Query("SELECT * FROM school.accounts WHERE observed_district_id IS NOT NULL ORDER BY username")
	java.util.List<Account> findObservers();

	@Query("SELECT count(*) > 0 FROM school.accounts WHERE 'ADMIN' = ANY(roles) AND enabled")
	boolean anyAdministrator();

	/**
	 * {@link Account#recordFailedLogin} as one atomic update, so parallel wrong passwords are each counted and
	 * none fails on the account's version: a locked account counts nothing, a lock that ran out starts the count
	 * again, and the {@value Account#FAILURES_BEFORE_LOCK}th failure locks until {@code lockedUntil}. The counters
	 * are not part of what saving the aggregate writes, so the version stays: an administrator's open form is not
	 * made stale by someone signing in.
	 */
	@Modifying
	@Query("""
			UPDATE school.accounts SET
			    failed_logins = CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_logins + 1 END,
			    locked_until = CASE WHEN (CASE WHEN locked_until IS NOT NULL THEN 1 ELSE failed_logins + 1 END)
			            >= :failuresBeforeLock THEN CAST(:lockedUntil AS timestamptz) ELSE NULL END
			WHERE lower(username) = lower(:username) AND (locked_until IS NULL OR locked_until <= CAST(:now AS timestamptz))
			""")
	int recordFailedLogin(String username, Instant now, Instant lockedUntil, int failuresBeforeLock);

	/** {@link Account#recordSuccessfulLogin} as one atomic update: parallel sign-ins never conflict. */
	@Modifying
	@Query("""
			UPDATE school.accounts SET failed_logins = 0, locked_until = NULL, last_login_at = CAST(:now AS timestamptz)
			WHERE id = :id
			""")
	int recordSuccessfulLogin(UUID id, Instant now);

	/** {@link Account#unlock} as the administrator does it: the count of failures starts again. */
	@Modifying
	@Query("UPDATE school.accounts SET failed_logins = 0, locked_until = NULL WHERE id = :id")
	int clearFailures(UUID id);
}
