package kg.usulduk.planning.internal.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What changed between two versions of a plan, item by item: added, removed, changed. */
public record PlanComparison(WorkPlan older, WorkPlan newer, List<PlanItem> added, List<PlanItem> removed,
		List<Change> changed) {

	/** One item as it read before and as it reads now. */
	public record Change(PlanItem before, PlanItem after) {
	}

	/** Compares two versions of one plan, whichever order they are given in. */
	public static PlanComparison of(WorkPlan one, WorkPlan other) {
		WorkPlan older = one.number() <= other.number() ? one : other;
		WorkPlan newer = older == one ? other : one;
		Map<UUID, PlanItem> before = older.items().stream().collect(Collectors.toMap(PlanItem::ref, Function.identity()));
		Map<UUID, PlanItem> after = newer.items().stream().collect(Collectors.toMap(PlanItem::ref, Function.identity()));
		List<PlanItem> added = newer.items().stream().filter(i -> !before.containsKey(i.ref())).toList();
		List<PlanItem> removed = older.items().stream().filter(i -> !after.containsKey(i.ref())).toList();
		List<Change> changed = new ArrayList<>();
		for (PlanItem item : newer.items()) {
			PlanItem was = before.get(item.ref());
			if (was != null && !was.sameAs(item)) {
				changed.add(new Change(was, item));
			}
		}
		return new PlanComparison(older, newer, added, removed, changed);
	}

	public boolean isEmpty() {
		return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
	}
}
