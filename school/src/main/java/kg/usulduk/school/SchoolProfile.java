package kg.usulduk.school;

/**
 * What other contexts may know of a school: its name and its district's name for headers, the district for
 * the observer's reading rights, and its settings for their rules.
 */
public record SchoolProfile(SchoolId id, String name, String number, DistrictId districtId, String district,
		SchoolSettings settings, java.util.Map<DeputyDuty, StaffId> duties) {

	public SchoolProfile {
		duties = duties == null ? java.util.Map.of() : java.util.Map.copyOf(duties);
	}

	/**
	 * Whether the person holds this deputy's duty in this school: a deputy of the school to whom it is assigned,
	 * or, where the school assigned it to nobody, any deputy of the school.
	 */
	public boolean holdsDuty(SchoolUser actor, DeputyDuty duty) {
		if (!actor.schoolId().equals(id) || !actor.hasRole(Role.DEPUTY)) {
			return false;
		}
		StaffId holder = duties.get(duty);
		return holder == null || holder.equals(actor.staffId());
	}

	/** Whether the staff member may hold this duty as far as the school's assignment goes (their role aside). */
	public boolean assignedTo(StaffId person, DeputyDuty duty) {
		StaffId holder = duties.get(duty);
		return holder == null || holder.equals(person);
	}

	/** The school's name as printed on its papers, with its number where it has one. */
	public String title() {
		return number == null || number.isBlank() ? name : name + " № " + number;
	}
}
