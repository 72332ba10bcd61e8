package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.ProposedQuestionId;
import kg.usulduk.school.SchoolId;

import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

public interface ProposedQuestions extends ListCrudRepository<ProposedQuestion, ProposedQuestionId> {

	Optional<ProposedQuestion> findByIdAndSchoolId(ProposedQuestionId id, SchoolId school);

	List<ProposedQuestion> findTop200BySchoolIdAndSchoolYearOrderByProposedOnDesc(SchoolId school, int schoolYear);

	/** Proposes a question once: a replayed or racing event with the same source key changes nothing. */
	@Modifying
	@Query("""
			INSERT INTO council.proposed_questions (id, school_id, school_year, source_key, kind, title, proposed_on, version)
			VALUES (:id, :school, :schoolYear, :sourceKey, :kind, :title, :proposedOn, 0)
			ON CONFLICT (source_key) DO NOTHING""")
	int propose(java.util.UUID id, java.util.UUID school, int schoolYear, String sourceKey, String kind, String title,
			LocalDate proposedOn);

	default int propose(SchoolId school, int schoolYear, String sourceKey, DecisionKind kind, String title,
			LocalDate proposedOn) {
		return propose(java.util.UUID.randomUUID(), school.value(), schoolYear, sourceKey, kind.name(), title,
				proposedOn);
	}
}
