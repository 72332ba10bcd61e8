package kg.usulduk.school.internal;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The deployment's administrators. */
interface Operators extends ListCrudRepository<Operator, Operator.OperatorId> {

	@Query("SELECT * FROM school.operators WHERE lower(username) = lower(:username)")
	Optional<Operator> findByUsername(String username);
}
