package kg.usulduk.council.internal;

import java.time.LocalDate;

import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.Recommendation;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;
import kg.usulduk.school.meetings.ProtocolEntry;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a council protocol records for one agenda question (003 §5.3): what every protocol records (the kernel's
 * {@link ProtocolEntry}: heard, proposed, decided), and what only the council's does: the decision's kind
 * (000 §2.2–2.3) and what it concerns, and the votes where it was put to a vote ({@code null} otherwise). A
 * recommendation for a teacher says what for ({@code recommendedFor}) and, for a category, title or award, which
 * ({@code recommendedWhat}).
 */
@Table(schema = "council", name = "protocol_entries")
public record CouncilProtocolEntry(@Embedded.Empty ProtocolEntry minutes, DecisionKind kind, StaffId teacher,
		String document, StaffId responsible, LocalDate dueOn, Integer votesFor, Integer votesAgainst, Integer abstained,
		Recommendation recommendedFor, String recommendedWhat) implements ValueObject {

	/** An entry as the protocol's editor writes it. */
	public CouncilProtocolEntry(String question, String considered, String decision, DecisionKind kind,
			StaffId teacher, String document, StaffId responsible, LocalDate dueOn, Integer votesFor,
			Integer votesAgainst, Integer abstained, Recommendation recommendedFor, String recommendedWhat) {
		this(question, considered, null, decision, kind, teacher, document, responsible, dueOn, votesFor, votesAgainst,
				abstained, recommendedFor, recommendedWhat);
	}

	/** An entry with the proposals made on the question. */
	public CouncilProtocolEntry(String question, String considered, String proposals, String decision,
			DecisionKind kind, StaffId teacher, String document, StaffId responsible, LocalDate dueOn, Integer votesFor,
			Integer votesAgainst, Integer abstained, Recommendation recommendedFor, String recommendedWhat) {
		this(new ProtocolEntry(question, considered, decision, proposals), kind, teacher, document, responsible, dueOn,
				votesFor, votesAgainst, abstained, recommendedFor, recommendedWhat);
	}

	/** An entry that recommends no teacher. */
	public CouncilProtocolEntry(String question, String considered, String decision, DecisionKind kind,
			StaffId teacher, String document, StaffId responsible, LocalDate dueOn, Integer votesFor,
			Integer votesAgainst, Integer abstained) {
		this(question, considered, decision, kind, teacher, document, responsible, dueOn, votesFor, votesAgainst,
				abstained, null, null);
	}

	@org.springframework.data.annotation.PersistenceCreator
	public CouncilProtocolEntry {
		java.util.Objects.requireNonNull(minutes, "an entry answers a question");
		document = TypedText.optional("document", document, 300);
		recommendedWhat = TypedText.optional("recommendedWhat", recommendedWhat, 300);
		kind = kind == null ? DecisionKind.GENERAL : kind;
	}

	/** The entry a draft starts with, from the kernel's blank entry for the question. */
	static CouncilProtocolEntry undecided(ProtocolEntry minutes) {
		return new CouncilProtocolEntry(minutes, DecisionKind.GENERAL, null, null, null, null, null, null, null, null,
				null);
	}

	static CouncilProtocolEntry blank(String question) {
		return undecided(ProtocolEntry.blank(question));
	}

	public String question() {
		return minutes.question();
	}

	public String considered() {
		return minutes.considered();
	}

	public String decision() {
		return minutes.decision();
	}

	public String proposals() {
		return minutes.proposals();
	}

	boolean hasDecision() {
		return minutes.hasDecision();
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
