package kg.usulduk.planning.internal.plans;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kg.usulduk.association.AssociationId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.planning.WorkPlanId;
import kg.usulduk.planning.internal.Adoption;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.springframework.jdbc.core.RowMapper;

/**
 * A work plan read whole in one statement, its items and approval steps as arrays in its row: the plan's pages read it
 * this way, where Spring Data JDBC would read the items and the steps with a statement each.
 */
class WholeWorkPlan implements RowMapper<WorkPlan> {

	static final String SELECT = """
			SELECT w.id, w.school_id, w.association_id, w.school_year, w.number, w.status, w.previous_id,
			  w.adopted_session, w.adopted_item, w.adopted_number, w.adopted_date, w.version,
			  (SELECT array_agg(i.ref ORDER BY i.position) FROM planning.work_plan_items i WHERE i.plan_id = w.id) AS item_ref,
			  (SELECT array_agg(i.section ORDER BY i.position) FROM planning.work_plan_items i WHERE i.plan_id = w.id) AS item_section,
			  (SELECT array_agg(i.what ORDER BY i.position) FROM planning.work_plan_items i WHERE i.plan_id = w.id) AS item_what,
			  (SELECT array_agg(i.responsible ORDER BY i.position) FROM planning.work_plan_items i WHERE i.plan_id = w.id) AS item_responsible,
			  (SELECT array_agg(i.when_day ORDER BY i.position) FROM planning.work_plan_items i WHERE i.plan_id = w.id) AS item_when_day,
			  (SELECT array_agg(i.when_month ORDER BY i.position) FROM planning.work_plan_items i WHERE i.plan_id = w.id) AS item_when_month,
			  (SELECT array_agg(i.when_quarter ORDER BY i.position) FROM planning.work_plan_items i WHERE i.plan_id = w.id) AS item_when_quarter,
			  (SELECT array_agg(i.status ORDER BY i.position) FROM planning.work_plan_items i WHERE i.plan_id = w.id) AS item_status,
			  (SELECT array_agg(i.note ORDER BY i.position) FROM planning.work_plan_items i WHERE i.plan_id = w.id) AS item_note,
			  (SELECT array_agg(s.act ORDER BY s.position) FROM planning.work_plan_steps s WHERE s.plan_id = w.id) AS step_act,
			  (SELECT array_agg(s.by_staff ORDER BY s.position) FROM planning.work_plan_steps s WHERE s.plan_id = w.id) AS step_by_staff,
			  (SELECT array_agg(s.at ORDER BY s.position) FROM planning.work_plan_steps s WHERE s.plan_id = w.id) AS step_at,
			  (SELECT array_agg(s.comment ORDER BY s.position) FROM planning.work_plan_steps s WHERE s.plan_id = w.id) AS step_comment
			FROM planning.work_plans w
			""";

	@Override
	public WorkPlan mapRow(ResultSet row, int number) throws SQLException {
		Object[] refs = values(row, "item_ref");
		Object[] sections = values(row, "item_section");
		Object[] what = values(row, "item_what");
		Object[] responsible = values(row, "item_responsible");
		Object[] days = values(row, "item_when_day");
		Object[] months = values(row, "item_when_month");
		Object[] quarters = values(row, "item_when_quarter");
		Object[] statuses = values(row, "item_status");
		Object[] notes = values(row, "item_note");
		List<PlanItem> items = new ArrayList<>();
		for (int i = 0; i < refs.length; i++) {
			items.add(new PlanItem((UUID) refs[i], PlanSection.valueOf((String) sections[i]), (String) what[i],
					staff(responsible[i]), date(days[i]), date(months[i]), (Integer) quarters[i],
					PlanItem.Status.valueOf((String) statuses[i]), (String) notes[i]));
		}
		Object[] acts = values(row, "step_act");
		Object[] by = values(row, "step_by_staff");
		Object[] at = values(row, "step_at");
		Object[] comments = values(row, "step_comment");
		List<ApprovalStep> steps = new ArrayList<>();
		for (int i = 0; i < acts.length; i++) {
			steps.add(new ApprovalStep(ApprovalStep.Act.valueOf((String) acts[i]), staff(by[i]),
					((Timestamp) at[i]).toInstant(), (String) comments[i]));
		}
		UUID previous = row.getObject("previous_id", UUID.class);
		UUID adoptedSession = row.getObject("adopted_session", UUID.class);
		Adoption adoption = adoptedSession == null ? null
				: new Adoption(new CouncilSessionId(adoptedSession), row.getInt("adopted_item"),
						row.getInt("adopted_number"), row.getObject("adopted_date", LocalDate.class));
		return new WorkPlan(new WorkPlanId(row.getObject("id", UUID.class)),
				new SchoolId(row.getObject("school_id", UUID.class)),
				new AssociationId(row.getObject("association_id", UUID.class)), row.getInt("school_year"),
				row.getInt("number"), WorkPlan.Status.valueOf(row.getString("status")),
				previous == null ? null : new WorkPlanId(previous), items, steps, adoption, row.getInt("version"));
	}

	/** An array column; a plan without items or steps has none (null from {@code array_agg}). */
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
