package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.ToDo;
import kg.usulduk.school.ToDoSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the associations have waiting for a person: as the head or the secretary of an open association, the
 * protocols of held sessions to write and to sign (001 §5.8: every session is minuted and signed); as the one
 * responsible for an activity, or its association's head, the activities whose day has passed and that nobody marked
 * held; as the head, the members' documents submitted and not yet put on a session; as an author, their documents
 * the head returned. One statement; the oldest first, at most {@value #AT_MOST}.
 */
@Component
class AssociationToDos implements ToDoSource {

	static final int AT_MOST = 20;

	private static final String SELECT = """
			WITH mine AS (
			    SELECT a.id, a.name, a.secretary = :me AS secretary,
			           EXISTS (SELECT 1 FROM association.head_terms h WHERE h.association_id = a.id AND h.staff_id = :me
			                   AND h.until IS NULL) AS head
			    FROM association.associations a
			    WHERE a.school_id = :school AND a.status = 'OPEN')
			SELECT * FROM (
			    SELECT 'SIGN' AS what, p.session_id AS id, m.name, p.session_date AS day, NULL AS extra
			    FROM association.protocols p JOIN mine m ON m.id = p.association_id
			    WHERE p.school_id = :school AND p.status = 'DRAFT' AND (m.head OR (m.secretary AND p.secretary_signs))
			      AND NOT EXISTS (SELECT 1 FROM association.protocol_signatures s
			                      WHERE s.protocol_id = p.id AND s.staff_id = :me)
			    UNION ALL
			    SELECT 'WRITE', s.id, m.name, s.date, NULL
			    FROM association.sessions s JOIN mine m ON m.id = s.association_id
			    WHERE s.school_id = :school AND s.status = 'HELD' AND (m.head OR m.secretary)
			      AND NOT EXISTS (SELECT 1 FROM association.protocols p WHERE p.session_id = s.id)
			    UNION ALL
			    SELECT 'MARK_HELD', v.id, v.title, coalesce(v.until, v.date), NULL
			    FROM association.activities v
			    WHERE v.school_id = :school AND v.status = 'SCHEDULED' AND coalesce(v.until, v.date) < :today
			      AND (v.responsible = :me OR v.association_id IN (SELECT id FROM mine WHERE head))
			    UNION ALL
			    SELECT 'PUT_ON_SESSION', d.id, d.title, NULL, m.name
			    FROM association.member_documents d JOIN mine m ON m.id = d.association_id
			    WHERE d.school_id = :school AND m.head AND d.stage = 'SUBMITTED' AND d.session IS NULL
			    UNION ALL
			    SELECT 'CORRECT', d.id, d.title, NULL, d.return_reason
			    FROM association.member_documents d
			    WHERE d.school_id = :school AND d.author = :me AND d.stage = 'DRAFT' AND d.return_reason IS NOT NULL
			) waiting
			ORDER BY day NULLS LAST, id
			LIMIT :limit""";

	private final JdbcClient jdbc;

	AssociationToDos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ToDo> waitingFor(SchoolUser person, SchoolProfile school, LocalDate today) {
		if (person.isReadOnly() || !person.hasRole(Role.TEACHER) && !person.hasRole(Role.DEPUTY)
				&& !person.hasRole(Role.DIRECTOR)) {
			return List.of();
		}
		return jdbc.sql(SELECT).param("school", person.schoolId().value()).param("me", person.staffId().value())
				.param("today", today).param("limit", AT_MOST)
				.query((row, number) -> {
					String id = row.getString("id");
					String name = row.getString("name");
					LocalDate day = row.getObject("day", LocalDate.class);
					return switch (row.getString("what")) {
						// The protocol is written and signed on its session's page.
						case "SIGN" -> ToDo.of("association.todo.sign", "/associations/sessions/" + id, day, name);
						case "WRITE" -> ToDo.of("association.todo.write", "/associations/sessions/" + id, day, name);
						case "MARK_HELD" -> ToDo.of("association.todo.markHeld", "/activities/" + id, day, name);
						// 001 §3.4–3.5: a member's document waits for the head to put it on a session, or for its
						// author to correct what the head returned.
						case "PUT_ON_SESSION" -> ToDo.of("association.todo.putOnSession",
								"/associations/documents/" + id, day, name, row.getString("extra"));
						default -> ToDo.of("association.todo.correct", "/associations/documents/" + id, day, name,
								row.getString("extra"));
					};
				}).list();
	}
}
