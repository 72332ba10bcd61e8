package kg.usulduk.association.internal;

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
		question = Texts.required("question", question, 500);
		considered = Texts.optional("considered", considered, 10000);
		decision = Texts.optional("decision", decision, 10000);
		proposals = Texts.optional("proposals", proposals, 10000);
	}

	boolean hasDecision() {
		return decision != null;
	}
}
