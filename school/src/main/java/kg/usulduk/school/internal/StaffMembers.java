package kg.usulduk.school.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The staff of all schools; every query names the school. */
public interface StaffMembers extends ListCrudRepository<StaffMember, StaffId> {

	Optional<StaffMember> findByIdAndSchoolId(StaffId id, SchoolId schoolId);

	@Query("SELECT * FROM school.staff WHERE school_id = :school AND left_on IS NULL ORDER BY full_name")
	List<StaffMember> findActive(SchoolId school);

	@Query("""
			SELECT s.* FROM school.staff s
			WHERE s.school_id = :school AND s.left_on IS NULL AND EXISTS (SELECT 1 FROM school.accounts a
			      WHERE a.staff_id = s.id AND a.school_id = :school AND a.enabled AND :role = ANY (a.roles))
			ORDER BY s.full_name""")
	List<StaffMember> findActiveWithRole(SchoolId school, String role);

	@Query("SELECT count(*) > 0 FROM school.staff WHERE school_id = :school AND lower(email) = lower(:email) AND id <> :except")
	boolean emailTaken(SchoolId school, String email, StaffId except);
}
