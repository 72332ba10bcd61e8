package kg.usulduk.school;

/**
 * What other contexts may know of a school: its name and its district's name for headers, the district for
 * the observer's reading rights, and its settings for their rules.
 */
public record SchoolProfile(SchoolId id, String name, String number, DistrictId districtId, String district,
		SchoolSettings settings) {

	/** The school's name as printed on its papers, with its number where it has one. */
	public String title() {
		return number == null || number.isBlank() ? name : name + " № " + number;
	}
}
