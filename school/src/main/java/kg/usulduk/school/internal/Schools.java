package kg.usulduk.school.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.school.DistrictId;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The schools of this deployment. */
public interface Schools extends ListCrudRepository<School, SchoolId> {

	@Query("SELECT * FROM school.schools WHERE district_id = :district ORDER BY name, number")
	List<School> findByDistrict(DistrictId district);

	/** The school's profile in one statement (cached for the page like every finder). */
	@Query(value = SchoolProfileRowMapper.SELECT + " WHERE s.id = :id", rowMapperRef = "schoolProfileRowMapper")
	Optional<SchoolProfile> findProfile(SchoolId id);

	@Query(value = SchoolProfileRowMapper.SELECT + " WHERE s.district_id = :district ORDER BY s.name, s.number",
			rowMapperRef = "schoolProfileRowMapper")
	List<SchoolProfile> findProfilesByDistrict(DistrictId district);

	@Query(value = SchoolProfileRowMapper.SELECT + " WHERE s.id IN (:ids)", rowMapperRef = "schoolProfileRowMapper")
	List<SchoolProfile> findProfiles(java.util.Collection<java.util.UUID> ids);

	/** The quarters a school set for a year, without loading the school. */
	@Query("SELECT * FROM school.quarters WHERE school_id = :school AND school_year = :year")
	List<QuarterDates> findQuarters(SchoolId school, int year);
}
