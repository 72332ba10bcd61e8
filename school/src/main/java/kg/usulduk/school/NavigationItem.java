package kg.usulduk.school;

import java.util.Set;

/**
 * An entry in the main navigation. Each context that has pages declares its entries as beans; the layout
 * shows them in order to the roles listed (to every signed-in person where none are listed). Entries that share
 * a group are shown together under the group's name, so the row stays short enough for 1280 px in every language.
 *
 * @param messageKey the label's key in the context's message bundle
 * @param path       where the entry leads, e.g. {@code /staff}
 * @param order      position in the navigation, small first (a group stands where its first entry would)
 * @param roles      who sees it; empty: everyone signed in
 * @param group      the message key of the group it belongs to (one of {@link #GROUPS}), or {@code null} to
 *                   stand alone
 */
public record NavigationItem(String messageKey, String path, int order, Set<Role> roles, String group) {

	/** The groups of the navigation: a context files its entries under one of these, or none. */
	public static final String ASSOCIATIONS = "nav.group.associations", COUNCILS = "nav.group.councils",
			PLANS = "nav.group.plans", SCHOOL = "nav.group.school";

	public static final Set<String> GROUPS = Set.of(ASSOCIATIONS, COUNCILS, PLANS, SCHOOL);

	public NavigationItem {
		roles = Set.copyOf(roles);
		if (group != null && !GROUPS.contains(group)) {
			throw new IllegalArgumentException("Unknown navigation group " + group);
		}
	}

	/** An entry that stands alone in the navigation. */
	public NavigationItem(String messageKey, String path, int order, Set<Role> roles) {
		this(messageKey, path, order, roles, null);
	}

	/** The same entry, filed under a group. */
	public NavigationItem in(String group) {
		return new NavigationItem(messageKey, path, order, roles, group);
	}

	public boolean visibleTo(SchoolUser user) {
		return roles.isEmpty() || roles.stream().anyMatch(user::hasRole);
	}

	/** Whether this entry is the page at {@code currentPath} or above it. */
	public boolean leadsTo(String currentPath) {
		return currentPath != null && (currentPath.equals(path) || currentPath.startsWith(path + "/"));
	}
}
