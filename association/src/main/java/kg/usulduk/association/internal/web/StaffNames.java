package kg.usulduk.association.internal.web;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;

import org.springframework.stereotype.Component;

/** Names for the staff ids a page shows, from the staff directory, including people who have since left. */
@Component
class StaffNames {

	private final StaffDirectory staff;

	StaffNames(StaffDirectory staff) {
		this.staff = staff;
	}

	/** Every active staff member of the school, plus the named others; unknown ids map to "?". */
	Map<StaffId, String> of(SchoolId school, Collection<StaffId> alsoThese) {
		Map<StaffId, String> names = new HashMap<>();
		for (StaffCard card : staff.activeStaff(school)) {
			names.put(card.id(), card.fullName());
		}
		for (StaffId id : alsoThese) {
			if (id != null && !names.containsKey(id)) {
				names.put(id, staff.find(school, id).map(StaffCard::fullName).orElse("?"));
			}
		}
		return names;
	}
}
