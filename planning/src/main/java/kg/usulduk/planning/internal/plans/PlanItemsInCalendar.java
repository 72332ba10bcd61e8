package kg.usulduk.planning.internal.plans;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.planning.WorkPlanApproved;
import kg.usulduk.planning.internal.CalendarEntries;
import kg.usulduk.planning.internal.CalendarEntry;
import kg.usulduk.planning.internal.EntrySource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The plan items with a day of their own enter the school calendar when their plan is approved, for the person
 * responsible. A later version moves them, adds its new ones and strikes out those it dropped; items keep their
 * reference across versions, so an item is one calendar entry however many versions the plan has.
 */
@Component
class PlanItemsInCalendar {

	private final WorkPlans plans;
	private final CalendarEntries entries;
	private final AssociationDirectory associations;
	private final JdbcClient jdbc;

	PlanItemsInCalendar(WorkPlans plans, CalendarEntries entries, AssociationDirectory associations, JdbcClient jdbc) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.entries = entries;
		this.associations = associations;
	}

	@ApplicationModuleListener
	void on(WorkPlanApproved event) {
		// One association's approvals of a year are processed one at a time, and a version processed after a later one
		// (the registry hands each event to the listener on its own thread) changes nothing: the later one placed
		// the items.
		jdbc.sql("SELECT pg_advisory_xact_lock(hashtextextended(:key, 0))")
				.param("key", "WORK_PLAN:" + event.association().value() + ":" + event.year().startYear()).query().singleRow();
		boolean superseded = plans.findByAssociationIdAndSchoolYearOrderByNumberDesc(event.association(),
				event.year().startYear()).stream().anyMatch(later -> later.number() > event.version()
						&& (later.status() == WorkPlan.Status.APPROVED || later.status() == WorkPlan.Status.REPLACED));
		if (superseded) {
			return;
		}
		WorkPlan plan = plans.findById(event.plan()).orElseThrow();
		String association = associations.find(event.school(), event.association()).map(AssociationCard::name)
				.orElse("");
		Set<UUID> dated = new HashSet<>();
		for (PlanItem item : plan.items()) {
			LocalDate day = item.when() == null ? null : item.when().day();
			if (day == null || item.status() == PlanItem.Status.DROPPED) {
				continue;
			}
			dated.add(item.ref());
			var existing = entries.findBySourceAndSourceId(EntrySource.PLAN_ITEM, item.ref());
			if (existing.isEmpty()) {
				entries.save(CalendarEntry.of(new CalendarEntry.Scheduled(event.school(), EntrySource.PLAN_ITEM,
						item.ref(), "PLAN_ITEM", item.what(), association, event.association().value(), day, day, null,
						null, item.responsible() == null ? List.of() : List.of(item.responsible()))));
			}
			else if (existing.get().movedInOrder(day, day)) {
				entries.save(existing.get());
			}
		}
		if (plan.previousId() != null) {
			plans.findById(plan.previousId()).ifPresent(previous -> previous.items().stream()
					.filter(item -> !dated.contains(item.ref()))
					.forEach(item -> entries.findBySourceAndSourceId(EntrySource.PLAN_ITEM, item.ref())
							.filter(entry -> entry.cancelled(null)).ifPresent(entries::save)));
		}
	}
}
