package kg.usulduk.school.internal;

import java.util.Optional;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** Accounts of all schools. */
public interface Accounts extends ListCrudRepository<Account, AccountId> {

	@Query("SELECT * FROM school.accounts WHERE lower(username) = lower(:username)")
	Optional<Account> findByUsername(String username);

	Optional<Account> findByIdAndSchoolId(AccountId id, SchoolId schoolId);

	Optional<Account> findByStaffId(StaffId staffId);

	/** Whether an account or a deployment operator already signs in with this name. */
	@Query("SELECT EXISTS (SELECT 1 FROM school.accounts WHERE lower(username) = lower(:username)) "
			+ "OR EXISTS (SELECT 1 FROM school.operators WHERE lower(username) = lower(:username))")
	boolean usernameTaken(String username);

	@Query("SELECT * FROM school.accounts WHERE observed_district_id IS NOT NULL ORDER BY username")
	java.util.List<Account> findObservers();
}
