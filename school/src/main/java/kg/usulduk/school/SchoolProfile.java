package kg.usulduk.school;

/** What other contexts may know of a school: its name for headers and its settings for their rules. */
public record SchoolProfile(SchoolId id, String name, String number, String district, SchoolSettings settings) {

	/** The school's name as printed on its papers, with its number where it has one. */
	public String title() {
		return number == null || number.isBlank() ? name : name + " № " + number;
	}
}
