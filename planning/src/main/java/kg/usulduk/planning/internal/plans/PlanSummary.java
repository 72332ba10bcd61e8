package kg.usulduk.planning.internal.plans;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kg.usulduk.school.ComplianceChart;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.StaffId;

/**
 * How a plan is being carried out: items done, late (still planned though their day or period is past), moved and
 * dropped, for the whole plan, per section and per responsible person.
 */
public record PlanSummary(Counts total, Map<PlanSection, Counts> bySection, Map<StaffId, Counts> byPerson) {

	public record Counts(int planned, int done, int late, int moved, int dropped) {

		static final Counts NONE = new Counts(0, 0, 0, 0, 0);

		Counts plus(PlanItem item, boolean overdue) {
			return new Counts(planned + 1, done + (item.status() == PlanItem.Status.DONE ? 1 : 0), late + (overdue ? 1 : 0),
					moved + (item.status() == PlanItem.Status.MOVED ? 1 : 0),
					dropped + (item.status() == PlanItem.Status.DROPPED ? 1 : 0));
		}
	}

	/**
	 * The plan's execution as the charts of its page: per section and per person responsible, the items done of those
	 * still to do (an item dropped is no longer planned), people by name.
	 */
	public List<ComplianceChart> charts(Function<StaffId, String> names) {
		List<ComplianceChart.Bar> sections = bySection.entrySet().stream()
				.map(entry -> new ComplianceChart.Bar("plans.section." + entry.getKey(), List.of(), entry.getValue().done(),
						entry.getValue().planned() - entry.getValue().dropped()))
				.toList();
		List<ComplianceChart.Bar> people = byPerson.entrySet().stream()
				.sorted(Comparator.comparing(entry -> names.apply(entry.getKey())))
				.map(entry -> new ComplianceChart.Bar("compliance.label.name", List.of(names.apply(entry.getKey())),
						entry.getValue().done(), entry.getValue().planned() - entry.getValue().dropped()))
				.toList();
		return java.util.stream.Stream.of(new ComplianceChart("plans.chart.bySection", 30, sections),
				new ComplianceChart("plans.chart.byPerson", 40, people)).filter(chart -> !chart.bars().isEmpty()).toList();
	}

	/** An item is late on {@code today} when it is still planned and the last day of its time is past. */
	static boolean isLate(PlanItem item, LocalDate today, List<Quarter> quarters) {
		return item.status() == PlanItem.Status.PLANNED && item.when() != null
				&& item.when().lastDay(quarters).isBefore(today);
	}

	public static PlanSummary of(WorkPlan plan, LocalDate today, List<Quarter> quarters) {
		Counts total = Counts.NONE;
		Map<PlanSection, Counts> bySection = new EnumMap<>(PlanSection.class);
		Map<StaffId, Counts> byPerson = new LinkedHashMap<>();
		for (PlanItem item : plan.items()) {
			boolean late = isLate(item, today, quarters);
			total = total.plus(item, late);
			bySection.put(item.section(), bySection.getOrDefault(item.section(), Counts.NONE).plus(item, late));
			if (item.responsible() != null) {
				byPerson.put(item.responsible(), byPerson.getOrDefault(item.responsible(), Counts.NONE).plus(item, late));
			}
		}
		return new PlanSummary(total, bySection, byPerson);
	}
}
