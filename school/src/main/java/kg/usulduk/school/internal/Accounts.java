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

	@Query("SELECT count(*) > 0 FROM school.accounts WHERE lower(username) = lower(:username)")
	boolean usernameTaken(String username);
}
