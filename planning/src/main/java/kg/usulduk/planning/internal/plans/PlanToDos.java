package kg.usulduk.planning.internal.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.association.AssociationHeading;
import kg.usulduk.association.AssociationId;
import kg.usulduk.school.DeputyDuty;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.ToDo;
import kg.usulduk.school.ToDoSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work plans waiting for a person (001 §5.3): for the director, the plans the deputy agreed, to approve; for the
 * deputy who agrees the plans, the drafts that are complete (every item with someone responsible and a time), to agree
 * or return; for an association's head, its plan returned with a comment; and for everyone, the items they answer for
 * that are late (still planned though their day or period is past). The year's plans and the person's planned items
 * in one statement; the associations' names in one more, only when there is something to show.
 */
@Component
class PlanToDos implements ToDoSource {

	private static final String SELECT = """
			SELECT 'PLAN' AS row_kind, p.id AS plan_id, p.association_id, p.number, p.status,
			       NOT EXISTS (SELECT 1 FROM planning.work_plan_items i WHERE i.plan_id = p.id AND (i.responsible IS NULL
			                   OR (i.when_day IS NULL AND i.when_month IS NULL AND i.when_quarter IS NULL)))
			       AND EXISTS (SELECT 1 FROM planning.work_plan_items i WHERE i.plan_id = p.id) AS complete,
			       last.act AS last_act, last.comment AS last_comment,
			       NULL::uuid AS ref, NULL AS section, NULL AS what, NULL::uuid AS responsible, NULL::date AS when_day,
			       NULL::date AS when_month, NULL::integer AS when_quarter, NULL AS item_status, NULL AS note,
			       0 AS position
			FROM planning.work_plans p
			LEFT JOIN LATERAL (SELECT s.act, s.comment FROM planning.work_plan_steps s WHERE s.plan_id = p.id
			                   ORDER BY s.position DESC LIMIT 1) last ON true
			WHERE p.school_id = :school AND p.school_year = :year AND p.status IN ('DRAFT', 'AGREED')
			UNION ALL
			SELECT 'ITEM', p.id, p.association_id, p.number, p.status, NULL, NULL, NULL,
			       i.ref, i.section, i.what, i.responsible, i.when_day, i.when_month, i.when_quarter, i.status, i.note,
			       i.position
			FROM planning.work_plans p JOIN planning.work_plan_items i ON i.plan_id = p.id
			WHERE p.school_id = :school AND p.school_year = :year AND p.status <> 'REPLACED'
			  AND i.responsible = :person AND i.status = 'PLANNED'
			ORDER BY number, position""";

	private final JdbcClient jdbc;
	private final AssociationDirectory associations;
	private final SchoolDirectory schools;

	PlanToDos(JdbcClient jdbc, AssociationDirectory associations, SchoolDirectory schools) {
		this.jdbc = jdbc;
		this.associations = associations;
		this.schools = schools;
	}

	/** A plan in preparation, or one of the person's planned items (then {@code item} is set). */
	private record Row(UUID plan, AssociationId association, WorkPlan.Status status, boolean complete, String lastAct,
			String lastComment, PlanItem item) {
	}

	@Override
	public List<ToDo> waitingFor(SchoolUser person, SchoolProfile school, LocalDate today) {
		if (person.isReadOnly()) {
			return List.of();
		}
		SchoolYear year = SchoolYear.of(today);
		List<Row> rows = jdbc.sql(SELECT).param("school", person.schoolId().value()).param("year", year.startYear())
				.param("person", person.staffId().value()).query((row, number) -> row(row)).list();
		boolean director = person.hasRole(Role.DIRECTOR);
		boolean agrees = school.holdsDuty(person, DeputyDuty.AGREES_PLANS_AND_ANALYSES_YEAR);
		List<Quarter> quarters = rows.stream().anyMatch(row -> row.item() != null)
				? schools.quarters(person.schoolId(), year) : List.of();
		List<Row> waiting = rows.stream().filter(row -> row.item() != null
				? PlanSummary.isLate(row.item(), today, quarters)
				: row.status() == WorkPlan.Status.AGREED ? director : !"RETURNED".equals(row.lastAct())
						? row.complete() && agrees : true)
				.toList();
		if (waiting.isEmpty()) {
			return List.of();
		}
		Map<AssociationId, AssociationHeading> headings = associations.headings(person.schoolId()).stream()
				.collect(Collectors.toMap(AssociationHeading::id, Function.identity()));
		List<ToDo> toDos = new ArrayList<>();
		for (Row row : waiting) {
			AssociationHeading association = headings.get(row.association());
			if (association == null) {
				continue;
			}
			String link = "/plans/" + row.plan();
			if (row.item() != null) {
				toDos.add(ToDo.of("plans.todo.late", link, row.item().when().lastDay(quarters), association.name(),
						row.item().what()));
			}
			else if (row.status() == WorkPlan.Status.AGREED) {
				toDos.add(ToDo.of("plans.todo.approve", link, null, association.name()));
			}
			else if ("RETURNED".equals(row.lastAct())) {
				if (person.staffId().equals(association.head())) {
					toDos.add(ToDo.of("plans.todo.returned", link, null, association.name(),
							row.lastComment() == null ? "" : row.lastComment()));
				}
			}
			else {
				toDos.add(ToDo.of("plans.todo.agree", link, null, association.name()));
			}
		}
		return toDos;
	}

	private static Row row(ResultSet row) throws SQLException {
		UUID plan = row.getObject("plan_id", UUID.class);
		AssociationId association = new AssociationId(row.getObject("association_id", UUID.class));
		WorkPlan.Status status = WorkPlan.Status.valueOf(row.getString("status"));
		if ("PLAN".equals(row.getString("row_kind"))) {
			return new Row(plan, association, status, row.getBoolean("complete"), row.getString("last_act"),
					row.getString("last_comment"), null);
		}
		UUID responsible = row.getObject("responsible", UUID.class);
		PlanItem item = new PlanItem(row.getObject("ref", UUID.class), PlanSection.valueOf(row.getString("section")),
				row.getString("what"), responsible == null ? null : new StaffId(responsible),
				row.getObject("when_day", LocalDate.class), row.getObject("when_month", LocalDate.class),
				(Integer) row.getObject("when_quarter"), PlanItem.Status.valueOf(row.getString("item_status")),
				row.getString("note"));
		return new Row(plan, association, status, false, null, null, item);
	}
}
