package kg.usulduk.mentorship.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.mentorship.MentorshipId;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface Mentorships extends ListCrudRepository<Mentorship, MentorshipId> {

	Optional<Mentorship> findByIdAndSchoolId(MentorshipId id, SchoolId school);

	List<Mentorship> findBySchoolIdAndSchoolYearOrderByProposedOnAsc(SchoolId school, int schoolYear);

	@Query("""
			SELECT count(*) FROM mentorship.mentorships
			WHERE mentor = :mentor AND school_year = :year AND status IN ('PROPOSED', 'ACCEPTED', 'ASSIGNED')""")
	int countActiveOfMentor(StaffId mentor, int year);

	@Query("""
			SELECT count(*) > 0 FROM mentorship.mentorships
			WHERE young_teacher = :youngTeacher AND school_year = :year AND status IN ('PROPOSED', 'ACCEPTED', 'ASSIGNED')""")
	boolean hasActive(StaffId youngTeacher, int year);

	@Query("""
			SELECT * FROM mentorship.mentorships
			WHERE (mentor = :person OR young_teacher = :person) AND status IN ('PROPOSED', 'ACCEPTED', 'ASSIGNED')""")
	List<Mentorship> findActiveConcerning(StaffId person);
}
