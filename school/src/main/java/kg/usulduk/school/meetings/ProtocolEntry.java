package kg.usulduk.school.meetings;

import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;

/**
 * What a protocol records for one agenda question: what was heard (the report considered), what those who spoke
 * proposed, and what was decided (004: "the questions considered, the decisions and the teachers' proposals";
 * 003 §5.3). A context stores it in its own table through a row that embeds it, beside what only it records
 * (the council's kind of decision and votes).
 */
public record ProtocolEntry(String question, String considered, String decision, String proposals)
		implements ValueObject {

	public ProtocolEntry {
		question = TypedText.required("question", question, 500);
		considered = TypedText.optionalText("considered", considered, 10000);
		decision = TypedText.optionalText("decision", decision, 10000);
		proposals = TypedText.optionalText("proposals", proposals, 10000);
	}

	/** The empty entry a draft starts with for a question of the agenda. */
	public static ProtocolEntry blank(String question) {
		return new ProtocolEntry(question, null, null, null);
	}

	public boolean hasDecision() {
		return decision != null;
	}
}
