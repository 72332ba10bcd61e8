package kg.usulduk.school;

import java.util.Map;

/**
 * A panel a downstream context adds to the start page (the person's upcoming sessions, their late plan items):
 * the dashboard, upstream, shows every panel bean in order without knowing the contexts.
 */
public interface DashboardPanel {

	/** Position among the panels, small first. */
	int order();

	/** The Thymeleaf fragment that draws the panel, e.g. {@code planning/dashboard :: upcoming}. */
	String fragment();

	/**
	 * What the fragment shows for this person, as variables it reads under {@code panel.data()}; empty when the
	 * panel has nothing to show, and then it is left out.
	 */
	Map<String, Object> data(SchoolUser user);
}
