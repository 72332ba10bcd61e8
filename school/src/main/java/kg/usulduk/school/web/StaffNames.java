package kg.usulduk.school.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;

import org.springframework.stereotype.Component;

/** Names for the staff ids a page of any context shows, from the staff directory, including people who have since left. */
@Component
public class StaffNames {

	private final StaffDirectory staff;

	public StaffNames(StaffDirectory staff) {
		this.staff = staff;
	}

	/**
	 * The names a page shows: {@code get(id)} in templates; unknown ids read "?". Not a {@code Map}: in a template,
	 * Spring's conversion service turns an id passed to {@code Map.get(Object)} into its UUID and the lookup misses.
	 */
	public static final class Names {

		private final Map<StaffId, String> names;

		Names(Map<StaffId, String> names) {
			this.names = Map.copyOf(names);
		}

		public String get(StaffId id) {
			return id == null ? "" : names.getOrDefault(id, "?");
		}

		/** The names of these people in alphabetical order, joined for a line of a page or a paper. */
		public String joined(Collection<StaffId> people) {
			return String.join(", ", people.stream().map(this::get).sorted().toList());
		}
	}

	/** Every active staff member of the school, plus the named others. */
	public Names of(SchoolId school, Collection<StaffId> alsoThese) {
		Map<StaffId, String> names = new HashMap<>();
		for (StaffCard card : staff.activeStaff(school)) {
			names.put(card.id(), card.fullName());
		}
		for (StaffId id : alsoThese) {
			if (id != null && !names.containsKey(id)) {
				names.put(id, staff.find(school, id).map(StaffCard::fullName).orElse("?"));
			}
		}
		return new Names(names);
	}
}
