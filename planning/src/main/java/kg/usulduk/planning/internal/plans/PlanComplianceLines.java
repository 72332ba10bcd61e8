package kg.usulduk.planning.internal.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.association.AssociationHeading;
import kg.usulduk.school.ComplianceChart;
import kg.usulduk.school.ComplianceLine;
import kg.usulduk.school.ComplianceLine.Scope;
import kg.usulduk.school.ComplianceSource;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.web.StaffNames;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work plans on the compliance page: a line per open association on its plan's approval (001 §5.3), judged by
 * {@link PlanApproval} — the associations in one statement, their plans' versions in one more — and the charts of how
 * the approved plans are carried out, per section and per person responsible.
 */
@Component
class PlanComplianceLines implements ComplianceSource {

	private static final String PLANS = """
			SELECT p.school_id, p.association_id,
			       bool_or(p.status IN ('APPROVED', 'REPLACED')) AS approved, bool_or(p.status = 'AGREED') AS agreed,
			       bool_or(p.status = 'DRAFT') AS draft, (array_agg(p.id ORDER BY p.number DESC))[1] AS latest
			FROM planning.work_plans p
			WHERE p.school_id IN (:schools) AND p.school_year = :year
			GROUP BY p.school_id, p.association_id""";

	// The items of the plans in force (the approved version), counted per section and per person responsible; an
	// item dropped is no longer planned.
	private static final String EXECUTION = """
			SELECT 'SECTION' AS by_what, i.section AS what, NULL::uuid AS person,
			       count(*) FILTER (WHERE i.status <> 'DROPPED') AS planned, count(*) FILTER (WHERE i.status = 'DONE') AS done
			FROM planning.work_plans p JOIN planning.work_plan_items i ON i.plan_id = p.id
			WHERE p.school_id = :school AND p.school_year = :year AND p.status = 'APPROVED'
			GROUP BY i.section
			UNION ALL
			SELECT 'PERSON', NULL, i.responsible,
			       count(*) FILTER (WHERE i.status <> 'DROPPED'), count(*) FILTER (WHERE i.status = 'DONE')
			FROM planning.work_plans p JOIN planning.work_plan_items i ON i.plan_id = p.id
			WHERE p.school_id = :school AND p.school_year = :year AND p.status = 'APPROVED' AND i.responsible IS NOT NULL
			GROUP BY i.responsible""";

	private final JdbcClient jdbc;
	private final AssociationDirectory associations;
	private final StaffNames staffNames;

	PlanComplianceLines(JdbcClient jdbc, AssociationDirectory associations, StaffNames staffNames) {
		this.jdbc = jdbc;
		this.associations = associations;
		this.staffNames = staffNames;
	}

	private record Plans(PlanApproval.Facts facts, UUID latest) {
	}

	@Override
	public List<ComplianceLine> lines(Question question) {
		if (question.schools().isEmpty() || !question.asks(Scope.PLAN)) {
			return List.of();
		}
		Map<SchoolId, List<AssociationHeading>> open = openAssociations(question);
		if (open.isEmpty()) {
			return List.of();
		}
		Map<UUID, Plans> plans = new HashMap<>();
		jdbc.sql(PLANS).param("schools", question.schoolIds().stream().map(SchoolId::value).toList())
				.param("year", question.year().startYear())
				.query(row -> {
					plans.put(row.getObject("association_id", UUID.class), new Plans(new PlanApproval.Facts(
							row.getBoolean("approved"), row.getBoolean("agreed"), row.getBoolean("draft")),
							row.getObject("latest", UUID.class)));
				});
		List<ComplianceLine> lines = new ArrayList<>();
		for (SchoolProfile school : question.schools()) {
			for (AssociationHeading association : open.getOrDefault(school.id(), List.of())) {
				Plans its = plans.getOrDefault(association.id().value(),
						new Plans(new PlanApproval.Facts(false, false, false), null));
				PlanApproval approval = PlanApproval.of(its.facts(), question.year(), question.quartersOf(school.id()),
						question.today());
				String link = its.latest() != null ? "/plans/" + its.latest()
						: "/plans/new?association=" + association.id() + "&year=" + question.year().startYear();
				lines.add(new ComplianceLine(school.id(), Scope.PLAN, association.id().toString(), association.name(),
						PlanApproval.CLAUSE, "plans.rule.approval", approval.reason(), List.of(), approval.standing(),
						link, null));
			}
		}
		return lines;
	}

	/** After the associations' source, whose lines name every open association. */
	@Override
	public int order() {
		return 10;
	}

	/**
	 * The open associations of the schools: named by the associations' lines when they were asked for (every open
	 * association has at least the year-end rule of 001 §5.7), read from the directory otherwise.
	 */
	private Map<SchoolId, List<AssociationHeading>> openAssociations(Question question) {
		if (!question.asks(Scope.ASSOCIATION)) {
			return associations.openHeadings(question.schoolIds());
		}
		Map<SchoolId, Map<String, AssociationHeading>> named = new java.util.LinkedHashMap<>();
		question.known().stream().filter(line -> line.scope() == Scope.ASSOCIATION)
				.forEach(line -> named.computeIfAbsent(line.school(), school -> new java.util.LinkedHashMap<>())
						.putIfAbsent(line.scopeId(), new AssociationHeading(
								new kg.usulduk.association.AssociationId(UUID.fromString(line.scopeId())),
								line.scopeName(), null, true)));
		Map<SchoolId, List<AssociationHeading>> open = new HashMap<>();
		named.forEach((school, byId) -> open.put(school, List.copyOf(byId.values())));
		return open;
	}

	@Override
	public List<ComplianceChart> charts(SchoolProfile school, SchoolYear year, LocalDate today) {
		record Count(String byWhat, String section, StaffId person, int planned, int done) {
		}
		List<Count> counts = jdbc.sql(EXECUTION).param("school", school.id().value()).param("year", year.startYear())
				.query((row, n) -> new Count(row.getString("by_what"), row.getString("what"),
						row.getObject("person", UUID.class) == null ? null
								: new StaffId(row.getObject("person", UUID.class)),
						row.getInt("planned"), row.getInt("done")))
				.list();
		if (counts.isEmpty()) {
			return List.of();
		}
		List<ComplianceChart.Bar> sections = new ArrayList<>();
		for (PlanSection section : PlanSection.values()) {
			counts.stream().filter(count -> section.name().equals(count.section())).findFirst()
					.ifPresent(count -> sections.add(new ComplianceChart.Bar("plans.section." + section, List.of(),
							count.done(), count.planned())));
		}
		List<Count> people = counts.stream().filter(count -> count.person() != null).toList();
		StaffNames.Names names = staffNames.of(school.id(), people.stream().map(Count::person).toList());
		List<ComplianceChart.Bar> byPerson = people.stream()
				.sorted(Comparator.comparing(count -> names.get(count.person())))
				.map(count -> new ComplianceChart.Bar("compliance.label.name", List.of(names.get(count.person())),
						count.done(), count.planned()))
				.toList();
		return List.of(new ComplianceChart("plans.chart.bySection", 30, sections),
				new ComplianceChart("plans.chart.byPerson", 40, byPerson));
	}
}
