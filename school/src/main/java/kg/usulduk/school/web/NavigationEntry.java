package kg.usulduk.school.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kg.usulduk.school.NavigationItem;

/**
 * One place in the navigation row: a single entry, or a group whose entries open below it.
 *
 * @param messageKey the label's key (the entry's or the group's)
 * @param items      the entries: one for a single entry, any number for a group
 * @param group      whether it is a group
 */
public record NavigationEntry(String messageKey, List<NavigationItem> items, boolean group) {

	/** The single entry's path (a group's first entry's). */
	public String path() {
		return items.get(0).path();
	}

	/** Whether the current page lies under this place: the layout marks it. */
	public boolean isCurrent(String currentPath) {
		return items.stream().anyMatch(item -> item.leadsTo(currentPath));
	}

	/** The entry of this place that leads to the current page: the one whose path matches it longest. */
	public NavigationItem currentItem(String currentPath) {
		return items.stream().filter(item -> item.leadsTo(currentPath))
			.max(java.util.Comparator.comparingInt(item -> item.path().length())).orElse(null);
	}

	/**
	 * The row for the entries in their order: entries of one group gathered where the group's first entry
	 * stands; a group with a single visible entry is shown as that entry.
	 */
	static List<NavigationEntry> arrange(List<NavigationItem> ordered) {
		Map<String, List<NavigationItem>> byPlace = new LinkedHashMap<>();
		for (NavigationItem item : ordered) {
			String place = item.group() == null ? "item:" + item.path() : item.group();
			byPlace.computeIfAbsent(place, key -> new ArrayList<>()).add(item);
		}
		List<NavigationEntry> row = new ArrayList<>();
		byPlace.forEach((place, items) -> {
			if (items.size() == 1) {
				row.add(new NavigationEntry(items.get(0).messageKey(), List.copyOf(items), false));
			}
			else {
				row.add(new NavigationEntry(place, List.copyOf(items), true));
			}
		});
		return row;
	}
}
