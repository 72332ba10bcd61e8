package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.school.StaffId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of the council's decisions: every decision of a signed protocol that no later signed correction
 * replaces, with its task's state where it set one. Filters: kind, task status, person concerned.
 */
@Component
@Transactional(readOnly = true)
public class DecisionRegister {

	private final JdbcClient jdbc;

	DecisionRegister(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public enum TaskStatus {
		ANY, OPEN, DONE, OVERDUE
	}

	public record Row(CouncilSessionId session, LocalDate date, int item, String question, DecisionKind kind,
			String decision, StaffId teacher, String document, StaffId responsible, LocalDate dueOn, LocalDate doneOn,
			Integer votesFor, Integer votesAgainst, Integer abstained) {

		public boolean isOverdue(LocalDate today) {
			return dueOn != null && doneOn == null && today.isAfter(dueOn);
		}
	}

	public List<Row> find(CouncilId council, DecisionKind kind, TaskStatus status, StaffId person, LocalDate today) {
		return jdbc.sql("""
				select p.session_id, p.session_date, e.position, e.question, e.kind, e.decision, e.teacher, e.document,
				       e.responsible, e.due_on, t.done_on, e.votes_for, e.votes_against, e.abstained
				from council.protocols p
				join council.protocol_entries e on e.protocol_id = p.id
				left join council.tasks t on t.protocol_id = p.id and t.item = e.position + 1
				where p.council_id = :council and p.status = 'SIGNED'
				  and not exists (select 1 from council.protocols c where c.corrects = p.id and c.status = 'SIGNED')
				  and (cast(:kind as varchar) is null or e.kind = cast(:kind as varchar))
				  and (cast(:person as uuid) is null or e.teacher = cast(:person as uuid) or e.responsible = cast(:person as uuid))
				  and (:status = 'ANY'
				       or (:status = 'OPEN' and t.id is not null and t.done_on is null)
				       or (:status = 'DONE' and t.done_on is not null)
				       or (:status = 'OVERDUE' and t.done_on is null and t.due_on < :today))
				order by p.session_date desc, e.position
				""")
				.param("council", council.value())
				.param("kind", kind == null ? null : kind.name(), java.sql.Types.VARCHAR)
				.param("person", person == null ? null : person.value().toString(), java.sql.Types.VARCHAR)
				.param("status", status.name())
				.param("today", today)
				.query((rs, n) -> new Row(new CouncilSessionId(rs.getObject(1, UUID.class)), rs.getObject(2, LocalDate.class),
						rs.getInt(3) + 1, rs.getString(4), DecisionKind.valueOf(rs.getString(5)), rs.getString(6),
						staff(rs.getObject(7, UUID.class)), rs.getString(8), staff(rs.getObject(9, UUID.class)),
						rs.getObject(10, LocalDate.class), rs.getObject(11, LocalDate.class), (Integer) rs.getObject(12),
						(Integer) rs.getObject(13), (Integer) rs.getObject(14)))
				.list();
	}

	/**
	 * The council's resolutions: the decisions of its signed protocols that no signed correction replaces, numbered
	 * in the year in the order of the sessions and of the questions in each protocol (№ 1, 2, …). A correction keeps
	 * the session, so the numbers stay unless it adds or drops a question.
	 */
	public List<kg.usulduk.council.PedagogicalResolutions.Resolution> resolutions(CouncilId council) {
		return resolutions("p.council_id = :council", java.util.Map.of("council", council.value()));
	}

	/** The same for the school's council of this body and year, found in the same statement. */
	public List<kg.usulduk.council.PedagogicalResolutions.Resolution> resolutions(kg.usulduk.school.SchoolId school,
			int schoolYear, kg.usulduk.council.CouncilBody body) {
		return resolutions("""
				p.council_id = (select k.id from council.councils k
				                where k.school_id = :school and k.school_year = :year and k.body = :body)""",
				java.util.Map.of("school", school.value(), "year", schoolYear, "body", body.name()));
	}

	private List<kg.usulduk.council.PedagogicalResolutions.Resolution> resolutions(String council,
			java.util.Map<String, ?> params) {
		return jdbc.sql("""
				select p.session_id, e.position, p.session_date, e.kind, e.question, e.decision
				from council.protocols p
				join council.sessions s on s.id = p.session_id
				join council.protocol_entries e on e.protocol_id = p.id
				where %s and p.status = 'SIGNED'
				  and not exists (select 1 from council.protocols c where c.corrects = p.id and c.status = 'SIGNED')
				order by p.session_date, s.time, p.session_id, e.position
				""".formatted(council))
				.params(params)
				.query((rs, n) -> new kg.usulduk.council.PedagogicalResolutions.Resolution(
						new CouncilSessionId(rs.getObject(1, UUID.class)), rs.getInt(2) + 1, n + 1,
						rs.getObject(3, LocalDate.class), DecisionKind.valueOf(rs.getString(4)), rs.getString(5),
						rs.getString(6)))
				.list();
	}

	private static StaffId staff(UUID id) {
		return id == null ? null : new StaffId(id);
	}
}
