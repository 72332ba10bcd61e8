package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.ToDo;
import kg.usulduk.school.ToDoSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the councils have waiting for a person: as the chair or the secretary, the protocols of held sessions to write
 * and to sign (003 §5.3: signed by the chair and the secretary); as the one responsible, the council's tasks not done
 * that are due within the school's longest reminder lead or overdue; as the chair, other people's tasks overdue, to
 * follow up. One statement, the earliest first.
 */
@Component
class CouncilToDos implements ToDoSource {

	static final int AT_MOST = 20;

	private static final String SELECT = """
			WITH mine AS (
			    SELECT c.id, c.chair = :me AS chair, c.secretary = :me AS secretary
			    FROM council.councils c
			    WHERE c.school_id = :school AND (c.chair = :me OR c.secretary = :me))
			SELECT * FROM (
			    SELECT 'SIGN' AS what, p.session_id AS id, NULL AS text, p.session_date AS day
			    FROM council.protocols p JOIN mine m ON m.id = p.council_id
			    WHERE p.school_id = :school AND p.status = 'DRAFT'
			      AND NOT EXISTS (SELECT 1 FROM council.protocol_signatures s WHERE s.protocol_id = p.id
			                      AND s.signatory = CASE WHEN m.chair THEN 'CHAIR' ELSE 'SECRETARY' END)
			    UNION ALL
			    SELECT 'WRITE', s.id, NULL, s.date
			    FROM council.sessions s JOIN mine m ON m.id = s.council_id
			    WHERE s.school_id = :school AND s.status = 'HELD'
			      AND NOT EXISTS (SELECT 1 FROM council.protocols p WHERE p.session_id = s.id)
			    UNION ALL
			    SELECT 'TASK', t.council_id, t.text, t.due_on
			    FROM council.tasks t
			    WHERE t.school_id = :school AND t.responsible = :me AND t.done_on IS NULL AND t.due_on <= :soon
			    UNION ALL
			    SELECT 'FOLLOW_UP', t.council_id, t.text, t.due_on
			    FROM council.tasks t JOIN mine m ON m.id = t.council_id
			    WHERE t.school_id = :school AND m.chair AND t.responsible <> :me AND t.done_on IS NULL
			      AND t.due_on < :today
			) waiting
			ORDER BY day, id
			LIMIT :limit""";

	private final JdbcClient jdbc;

	CouncilToDos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ToDo> waitingFor(SchoolUser person, SchoolProfile school, LocalDate today) {
		if (person.isReadOnly()) {
			return List.of();
		}
		int lead = school.settings().reminderLeadDays().stream().mapToInt(Integer::intValue).max().orElse(0);
		return jdbc.sql(SELECT).param("school", person.schoolId().value()).param("me", person.staffId().value())
				.param("soon", today.plusDays(lead)).param("today", today).param("limit", AT_MOST)
				.query((row, number) -> {
					String id = row.getString("id");
					LocalDate day = row.getObject("day", LocalDate.class);
					return switch (row.getString("what")) {
						// The protocol is written and signed on its session's page.
						case "SIGN" -> ToDo.of("council.todo.sign", "/council/sessions/" + id, day);
						case "WRITE" -> ToDo.of("council.todo.write", "/council/sessions/" + id, day);
						case "TASK" -> ToDo.of("council.todo.task", "/council/" + id + "/tasks", day, row.getString("text"));
						// 003 §4.1: the chair organises the council's work, so follows up what others let pass.
						default -> ToDo.of("council.todo.followUp", "/council/" + id + "/tasks", day,
								row.getString("text"));
					};
				}).list();
	}
}
