package kg.usulduk.mentorship.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.mentorship.MentorOrderId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.repository.ListCrudRepository;

interface MentorOrders extends ListCrudRepository<MentorOrder, MentorOrderId> {

	Optional<MentorOrder> findByIdAndSchoolId(MentorOrderId id, SchoolId school);

	List<MentorOrder> findBySchoolIdOrderByDateDesc(SchoolId school);
}
