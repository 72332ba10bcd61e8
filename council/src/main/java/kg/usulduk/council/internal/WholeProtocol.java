package kg.usulduk.council.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilProtocolId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.Recommendation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.papers.DocumentLifecycle;
import kg.usulduk.school.papers.FrozenPaper;

import org.springframework.jdbc.core.RowMapper;

import tools.jackson.databind.json.JsonMapper;

/**
 * A council protocol read whole in one statement, its entries and signatures as arrays in its row: the pages of a
 * session and of its protocols read the session's protocols this way, where Spring Data JDBC would read the entries
 * and the signatures of each protocol with two statements of their own. The frozen paper is read as
 * {@code FrozenPaperConverters} reads it.
 */
class WholeProtocol implements RowMapper<CouncilProtocol> {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	static final String SELECT = """
			SELECT p.id, p.school_id, p.council_id, p.session_id, p.session_date, p.corrects, p.present, p.members,
			  p.status, p.signed_on, p.frozen::text AS frozen, p.version,
			  (SELECT array_agg(e.question ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_question,
			  (SELECT array_agg(e.considered ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_considered,
			  (SELECT array_agg(e.proposals ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_proposals,
			  (SELECT array_agg(e.decision ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_decision,
			  (SELECT array_agg(e.kind ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_kind,
			  (SELECT array_agg(e.teacher ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_teacher,
			  (SELECT array_agg(e.document ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_document,
			  (SELECT array_agg(e.responsible ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_responsible,
			  (SELECT array_agg(e.due_on ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_due_on,
			  (SELECT array_agg(e.votes_for ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_votes_for,
			  (SELECT array_agg(e.votes_against ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_votes_against,
			  (SELECT array_agg(e.abstained ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_abstained,
			  (SELECT array_agg(e.recommended_for ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_recommended_for,
			  (SELECT array_agg(e.recommended_what ORDER BY e.position) FROM council.protocol_entries e WHERE e.protocol_id = p.id) AS entry_recommended_what,
			  (SELECT array_agg(g.signatory ORDER BY g.signatory) FROM council.protocol_signatures g WHERE g.protocol_id = p.id) AS signature_signatory,
			  (SELECT array_agg(g.staff_id ORDER BY g.signatory) FROM council.protocol_signatures g WHERE g.protocol_id = p.id) AS signature_staff_id,
			  (SELECT array_agg(g.signed_at ORDER BY g.signatory) FROM council.protocol_signatures g WHERE g.protocol_id = p.id) AS signature_signed_at
			FROM council.protocols p
			""";

	@Override
	public CouncilProtocol mapRow(ResultSet row, int number) throws SQLException {
		Object[] questions = values(row, "entry_question");
		Object[] considered = values(row, "entry_considered");
		Object[] proposals = values(row, "entry_proposals");
		Object[] decisions = values(row, "entry_decision");
		Object[] kinds = values(row, "entry_kind");
		Object[] teachers = values(row, "entry_teacher");
		Object[] documents = values(row, "entry_document");
		Object[] responsible = values(row, "entry_responsible");
		Object[] due = values(row, "entry_due_on");
		Object[] votesFor = values(row, "entry_votes_for");
		Object[] votesAgainst = values(row, "entry_votes_against");
		Object[] abstained = values(row, "entry_abstained");
		Object[] recommendedFor = values(row, "entry_recommended_for");
		Object[] recommendedWhat = values(row, "entry_recommended_what");
		List<CouncilProtocolEntry> entries = new ArrayList<>();
		for (int i = 0; i < questions.length; i++) {
			entries.add(new CouncilProtocolEntry((String) questions[i], (String) considered[i], (String) proposals[i],
					(String) decisions[i], DecisionKind.valueOf((String) kinds[i]), staff(teachers[i]),
					(String) documents[i], staff(responsible[i]), date(due[i]), (Integer) votesFor[i],
					(Integer) votesAgainst[i], (Integer) abstained[i],
					recommendedFor[i] == null ? null : Recommendation.valueOf((String) recommendedFor[i]),
					(String) recommendedWhat[i]));
		}
		Object[] signatories = values(row, "signature_signatory");
		Object[] signers = values(row, "signature_staff_id");
		Object[] signedAt = values(row, "signature_signed_at");
		Set<CouncilSignature> signatures = new HashSet<>();
		for (int i = 0; i < signatories.length; i++) {
			signatures.add(new CouncilSignature(CouncilSignature.Signatory.valueOf((String) signatories[i]),
					staff(signers[i]), ((Timestamp) signedAt[i]).toInstant()));
		}
		UUID corrects = row.getObject("corrects", UUID.class);
		String frozen = row.getString("frozen");
		return new CouncilProtocol(new CouncilProtocolId(row.getObject("id", UUID.class)),
				new SchoolId(row.getObject("school_id", UUID.class)), new CouncilId(row.getObject("council_id", UUID.class)),
				new CouncilSessionId(row.getObject("session_id", UUID.class)), row.getObject("session_date", LocalDate.class),
				corrects == null ? null : new CouncilProtocolId(corrects), row.getInt("present"), row.getInt("members"),
				entries, signatures, DocumentLifecycle.Status.valueOf(row.getString("status")),
				row.getObject("signed_on", LocalDate.class),
				frozen == null ? null : JSON.readValue(frozen, FrozenPaper.class), row.getInt("version"));
	}

	/** An array column; a protocol without entries or signatures has none (null from {@code array_agg}). */
	private static Object[] values(ResultSet row, String column) throws SQLException {
		java.sql.Array array = row.getArray(column);
		return array == null ? new Object[0] : (Object[]) array.getArray();
	}

	private static StaffId staff(Object id) {
		return id == null ? null : new StaffId((UUID) id);
	}

	private static LocalDate date(Object value) {
		return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
	}
}
