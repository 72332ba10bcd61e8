package kg.usulduk.school;

/**
 * A number shown beside a navigation entry, such as the unread notices of the inbox. A downstream context that
 * wants one declares a bean; the layout, upstream, asks it for the signed-in person without knowing the context.
 */
public interface NavigationBadge {

	/** The navigation entry's path the badge belongs to, e.g. {@code /inbox}. */
	String path();

	/** The number to show for this person; zero shows nothing. */
	int count(SchoolUser user);
}
