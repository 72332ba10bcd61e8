package kg.usulduk.school;

import java.util.Set;

/**
 * An entry in the main navigation. Each context that has pages declares its entries as beans; the layout
 * shows them in order to the roles listed (to every signed-in person where none are listed).
 *
 * @param messageKey the label's key in the context's message bundle
 * @param path       where the entry leads, e.g. {@code /staff}
 * @param order      position in the navigation, small first
 */
public record NavigationItem(String messageKey, String path, int order, Set<Role> roles) {

	public NavigationItem {
		roles = Set.copyOf(roles);
	}

	public boolean visibleTo(SchoolUser user) {
		return roles.isEmpty() || roles.stream().anyMatch(user::hasRole);
	}
}
