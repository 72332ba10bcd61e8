package kg.usulduk.planning.internal.plans;

import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.DemoCouncilsCreated;
import kg.usulduk.council.PedagogicalResolutions;
import kg.usulduk.planning.internal.Adoption;
import kg.usulduk.planning.internal.SchoolThemes;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo school's work plans and theme of the year carry the pedagogical council's resolutions that adopted them
 * (001 plan header), once the council's part of the demo exists. Recording the same adoption again changes nothing.
 */
@Component
class DemoAdoptions {

	private static final Logger log = LoggerFactory.getLogger(DemoAdoptions.class);

	private final PedagogicalResolutions resolutions;
	private final WorkPlans plans;
	private final SchoolThemes themes;

	DemoAdoptions(PedagogicalResolutions resolutions, WorkPlans plans, SchoolThemes themes) {
		this.resolutions = resolutions;
		this.plans = plans;
		this.themes = themes;
	}

	@ApplicationModuleListener
	void on(DemoCouncilsCreated event) {
		for (PedagogicalResolutions.Resolution resolution : resolutions.adoptedIn(event.school(), event.year())) {
			if (resolution.kind() == DecisionKind.ADOPT_WORK_PLANS) {
				for (WorkPlan plan : plans.findBySchoolIdAndSchoolYearOrderByNumberAsc(event.school(),
						event.year().startYear())) {
					if (plan.status() != WorkPlan.Status.REPLACED && plan.adoption().isEmpty()) {
						plan.adoptedBy(resolution);
						plans.save(plan);
					}
				}
			}
			if (resolution.kind() == DecisionKind.ADOPT_THEME) {
				themes.store(event.school(), event.year(),
						Adoption.by(resolution, event.year(), DecisionKind.ADOPT_THEME), null);
			}
		}
		log.info("Recorded the pedagogical council's adoption of the demo school's work plans and theme");
	}
}
