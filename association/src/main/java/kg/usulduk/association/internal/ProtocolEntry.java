package kg.usulduk.association.internal;

import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What a protocol records for one agenda question (004): what was considered (heard), the decision adopted, and
 * the proposals teachers made.
 */
@Table(schema = "association", name = "protocol_entries")
public record ProtocolEntry(String question, String considered, String decision, String proposals)
		implements ValueObject {

	public ProtocolEntry {
		question = TypedText.required("question", question, 500);
		considered = TypedText.optionalText("considered", considered, 10000);
		decision = TypedText.optionalText("decision", decision, 10000);
		proposals = TypedText.optionalText("proposals", proposals, 10000);
	}

	boolean hasDecision() {
		return decision != null;
	}
}
