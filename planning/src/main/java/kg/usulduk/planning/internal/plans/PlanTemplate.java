package kg.usulduk.planning.internal.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;

/**
 * The standard items of the work plan template of 001, in its four sections. Their texts are the messages
 * {@code plans.template.1} to {@code plans.template.30}, so a plan starts in its author's language.
 */
final class PlanTemplate {

	/** How many standard items each section has, in the order of the sections. */
	private static final int[] ITEMS_PER_SECTION = { 9, 5, 6, 10 };

	private PlanTemplate() {
	}

	static List<PlanItem> items(MessageSource messages, Locale locale) {
		List<PlanItem> items = new ArrayList<>();
		int key = 1;
		PlanSection[] sections = PlanSection.values();
		for (int s = 0; s < sections.length; s++) {
			for (int i = 0; i < ITEMS_PER_SECTION[s]; i++, key++) {
				items.add(WorkPlan.templateItem(sections[s], messages.getMessage("plans.template." + key, null, locale)));
			}
		}
		return items;
	}

	static int size() {
		int total = 0;
		for (int n : ITEMS_PER_SECTION) {
			total += n;
		}
		return total;
	}
}
