package kg.usulduk.planning.internal.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.association.AssociationId;
import kg.usulduk.planning.WorkPlanId;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.StaffId;

import kg.usulduk.school.DashboardPanel;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The start page lists the person's late plan items: items they are responsible for in a plan not replaced, still
 * planned though their day or period is past.
 */
@Component
class LatePlanItemsPanel implements DashboardPanel {

	// One statement whatever the number of plans and items: only the person's still planned items of the year's
	// plans that were not replaced, not every plan with all its items and steps.
	private static final String SELECT = """
			SELECT p.id AS plan_id, p.association_id, i.ref, i.section, i.what, i.responsible, i.when_day, i.when_month,
			       i.when_quarter, i.status, i.note
			FROM planning.work_plans p JOIN planning.work_plan_items i ON i.plan_id = p.id
			WHERE p.school_id = :school AND p.school_year = :year AND p.status <> 'REPLACED'
			  AND i.responsible = :person AND i.status = 'PLANNED'
			ORDER BY p.number, i.position""";

	private final JdbcClient jdbc;
	private final SchoolDirectory schools;
	private final AssociationDirectory associations;
	private final Clock clock;

	LatePlanItemsPanel(JdbcClient jdbc, SchoolDirectory schools, AssociationDirectory associations, Clock clock) {
		this.jdbc = jdbc;
		this.schools = schools;
		this.associations = associations;
		this.clock = clock;
	}

	/** A late item, the plan it belongs to and that plan's association. */
	record Late(WorkPlanId planId, String association, PlanItem item) {
	}

	private record Planned(WorkPlanId planId, AssociationId association, PlanItem item) {
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String fragment() {
		return "planning/plans/fragments :: late";
	}

	@Override
	public Map<String, Object> data(SchoolUser user) {
		LocalDate today = LocalDate.now(clock);
		SchoolYear year = SchoolYear.of(today);
		List<Planned> planned = jdbc.sql(SELECT).param("school", user.schoolId().value())
				.param("year", year.startYear()).param("person", user.staffId().value())
				.query((row, number) -> new Planned(new WorkPlanId(row.getObject("plan_id", UUID.class)),
						new AssociationId(row.getObject("association_id", UUID.class)), item(row)))
				.list();
		if (planned.isEmpty()) {
			return Map.of();
		}
		List<Quarter> quarters = schools.quarters(user.schoolId(), year);
		Map<AssociationId, String> names = new HashMap<>();
		List<Late> late = new ArrayList<>();
		for (Planned one : planned) {
			if (PlanSummary.isLate(one.item(), today, quarters)) {
				late.add(new Late(one.planId(), names.computeIfAbsent(one.association(),
						id -> associations.find(user.schoolId(), id).map(AssociationCard::name).orElse("")), one.item()));
			}
		}
		return late.isEmpty() ? Map.of() : Map.of("late", late);
	}

	private static PlanItem item(ResultSet row) throws SQLException {
		String responsible = row.getString("responsible");
		return new PlanItem(row.getObject("ref", UUID.class), PlanSection.valueOf(row.getString("section")),
				row.getString("what"), responsible == null ? null : new StaffId(UUID.fromString(responsible)),
				row.getObject("when_day", LocalDate.class), row.getObject("when_month", LocalDate.class),
				(Integer) row.getObject("when_quarter"), PlanItem.Status.valueOf(row.getString("status")),
				row.getString("note"));
	}
}
