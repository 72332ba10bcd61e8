package kg.usulduk.school.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.school.DistrictId;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The districts of this deployment. */
public interface Districts extends ListCrudRepository<District, DistrictId> {

	@Query("SELECT * FROM school.districts WHERE lower(name) = lower(:name)")
	Optional<District> findByName(String name);

	@Query("SELECT * FROM school.districts ORDER BY name")
	List<District> findAllByName();

	/**
	 * The district of this name, registered if there is none yet: for the bootstrap paths (first
	 * administrator, demo, tests) that name a district in configuration.
	 */
	default District named(String name) {
		return findByName(name.strip()).orElseGet(() -> save(District.named(name)));
	}
}
