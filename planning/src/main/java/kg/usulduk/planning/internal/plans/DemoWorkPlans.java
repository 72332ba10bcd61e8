package kg.usulduk.planning.internal.plans;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.association.DemoAssociationsCreated;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.SchoolTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo school's work plans: each association's plan of this year from the template, in Kyrgyz, its items shared
 * among the members over the quarters, agreed by the deputy and approved by the director in September; what fell
 * in the first quarter is done, one item moved.
 */
@Component
class DemoWorkPlans {

	private static final Logger log = LoggerFactory.getLogger(DemoWorkPlans.class);

	private final WorkPlans plans;
	private final AssociationDirectory associations;
	private final StaffDirectory staff;
	private final SchoolDirectory schools;
	private final MessageSource messages;
	private final SchoolTime schoolTime;

	DemoWorkPlans(WorkPlans plans, AssociationDirectory associations, StaffDirectory staff, SchoolDirectory schools,
			MessageSource messages, SchoolTime schoolTime) {
		this.plans = plans;
		this.associations = associations;
		this.staff = staff;
		this.schools = schools;
		this.messages = messages;
		this.schoolTime = schoolTime;
	}

	@ApplicationModuleListener
	void on(DemoAssociationsCreated event) {
		LocalDate today = schoolTime.today(event.school());
		ZoneId zone = schoolTime.zone(event.school());
		StaffId deputy = person(event, "Бекова Айгүл");
		StaffId director = person(event, "Асанова Гүлнара");
		List<Quarter> quarters = schools.quarters(event.school(), event.year());
		boolean revised = false;
		for (AssociationCard association : associations.openAssociations(event.school())) {
			if (!plans.findByAssociationIdAndSchoolYearOrderByNumberDesc(association.id(), event.year().startYear())
					.isEmpty() || association.members().isEmpty()) {
				continue;
			}
			WorkPlan plan = WorkPlan.draft(event.school(), association.id(), event.year(),
					PlanTemplate.items(messages, Locale.forLanguageTag("ky")));
			List<PlanItem> items = plan.items();
			for (int i = 0; i < items.size(); i++) {
				PlanItem item = items.get(i);
				StaffId responsible = i % 3 == 0 && association.head() != null ? association.head()
						: association.members().get(i % association.members().size());
				plan.changeItem(item.ref(), item.section(), item.what(), responsible, PlanTime.inQuarter(1 + i % 4));
			}
			Instant agreed = event.year().start().plusDays(5).atTime(10, 0).atZone(zone).toInstant();
			plan.agreeByDeputy(deputy, agreed);
			plan.approveByDirector(director, agreed.plusSeconds(86400), event.year().start().plusDays(6));
			boolean moved = false;
			for (PlanItem item : plan.items()) {
				if (item.when().lastDay(quarters).isBefore(today)) {
					if (!moved) {
						plan.recordExecution(item.ref(), PlanItem.Status.MOVED, "Экинчи чейрекке жылдырылды: олимпиада");
						moved = true;
					}
					else {
						plan.recordExecution(item.ref(), PlanItem.Status.DONE, null);
					}
				}
			}
			WorkPlan approved = plans.save(plan);
			if (!revised) {
				// One plan changed since its approval (001 §5.3): the new version, agreed by the deputy, waits for the
				// director, whose start page shows it; the approved one stays in force until then.
				WorkPlan revision = approved.revise(association.head() != null ? association.head() : deputy,
						schoolTime.instant().minusSeconds(2 * 3600));
				revision.addItem(PlanSection.values()[PlanSection.values().length - 1],
						"Жаш мугалимдердин ачык сабактарын талкуулоо", association.head() != null ? association.head()
								: deputy, PlanTime.inQuarter(quarters.stream().filter(q -> !q.end().isBefore(today))
										.map(Quarter::number).findFirst().orElse(4)));
				revision = plans.save(revision);
				revision.agreeByDeputy(deputy, schoolTime.instant().minusSeconds(3600));
				plans.save(revision);
				revised = true;
			}
		}
		log.info("Added the demo associations' work plans");
	}

	private StaffId person(DemoAssociationsCreated event, String name) {
		return staff.activeStaff(event.school()).stream().filter(card -> card.fullName().startsWith(name))
				.map(StaffCard::id).findFirst().orElseThrow();
	}
}
