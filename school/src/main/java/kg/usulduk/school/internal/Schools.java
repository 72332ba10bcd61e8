package kg.usulduk.school.internal;

import java.util.List;

import kg.usulduk.school.DistrictId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The schools of this deployment. */
public interface Schools extends ListCrudRepository<School, SchoolId> {

	@Query("SELECT * FROM school.schools WHERE district_id = :district ORDER BY name, number")
	List<School> findByDistrict(DistrictId district);
}
