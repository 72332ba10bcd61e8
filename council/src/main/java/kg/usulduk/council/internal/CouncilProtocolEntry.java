package kg.usulduk.council.internal;

import java.time.LocalDate;

import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.Recommendation;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a council protocol records for one agenda question (003 §5.3): what was considered, the decision with its
 * kind (000 §2.2–2.3) and what it concerns, and the votes where it was put to a vote ({@code null} otherwise). A
 * recommendation for a teacher says what for ({@code recommendedFor}) and, for a category, title or award, which
 * ({@code recommendedWhat}).
 */
@Table(schema = "council", name = "protocol_entries")
public record CouncilProtocolEntry(String question, String considered, String decision, DecisionKind kind,
		StaffId teacher, String document, StaffId responsible, LocalDate dueOn, Integer votesFor,
		Integer votesAgainst, Integer abstained, Recommendation recommendedFor, String recommendedWhat)
		implements ValueObject {

	/** An entry that recommends no teacher. */
	public CouncilProtocolEntry(String question, String considered, String decision, DecisionKind kind,
			StaffId teacher, String document, StaffId responsible, LocalDate dueOn, Integer votesFor,
			Integer votesAgainst, Integer abstained) {
		this(question, considered, decision, kind, teacher, document, responsible, dueOn, votesFor, votesAgainst,
				abstained, null, null);
	}

	public CouncilProtocolEntry {
		question = TypedText.required("question", question, 500);
		considered = TypedText.optionalText("considered", considered, 10000);
		decision = TypedText.optionalText("decision", decision, 10000);
		document = TypedText.optional("document", document, 300);
		recommendedWhat = TypedText.optional("recommendedWhat", recommendedWhat, 300);
		kind = kind == null ? DecisionKind.GENERAL : kind;
	}

	static CouncilProtocolEntry blank(String question) {
		return new CouncilProtocolEntry(question, null, null, DecisionKind.GENERAL, null, null, null, null, null, null,
				null);
	}

	boolean hasDecision() {
		return decision != null;
	}

	boolean wasVoted() {
		return votesFor != null || votesAgainst != null || abstained != null;
	}

	int votesCast() {
		return zero(votesFor) + zero(votesAgainst) + zero(abstained);
	}

	static int zero(Integer votes) {
		return votes == null ? 0 : votes;
	}
}
