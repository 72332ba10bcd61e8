package kg.usulduk.bench.generate;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.bench.generate.SchoolData.Person;

/** The school context: districts, schools with their settings and quarters, staff, accounts. */
final class SchoolWriter implements ContextWriter {

	private static final String[] SUBJECTS = { "математика", "физика", "кыргыз тили", "орус тили", "англис тили",
			"тарых", "биология", "химия", "география", "информатика", "дене тарбия", "башталгыч класстар" };
	private static final String[] EDUCATION = { "HIGHER", "HIGHER", "HIGHER", "INCOMPLETE_HIGHER", "SECONDARY_VOCATIONAL" };
	private static final String[] CATEGORY = { "NONE", "SECOND", "FIRST", "HIGHEST" };

	@Override
	public void start(World world, Copy copy) {
		var districts = copy.into("school.districts", "id, name, version");
		world.districts().forEach(d -> districts.row(d.id(), d.name(), 0));
	}

	@Override
	public void write(SchoolData school, Copy copy) {
		World world = school.world;
		copy.into("school.schools", "id, name, number, district_id, minimum_association_sessions, young_teacher_years, "
				+ "years_before_archive, reminder_lead_days, council_quorum_percent, council_majority, "
				+ "document_language, version, registered_at")
			.row(school.id, school.name, String.valueOf(school.index + 1), school.district.id(), 4, 3, 3, List.of(3, 1),
					50, "OF_PRESENT", "KY", 0, world.firstYear().start().atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
		var quarters = copy.into("school.quarters", "school_id, school_year, number, starts_on, ends_on");
		for (int y = world.firstYear().startYear(); y <= world.currentYear().startYear(); y++) {
			quarters.row(school.id, y, 1, LocalDate.of(y, 9, 1), LocalDate.of(y, 10, 31));
			quarters.row(school.id, y, 2, LocalDate.of(y, 11, 8), LocalDate.of(y, 12, 28));
			quarters.row(school.id, y + 0, 3, LocalDate.of(y + 1, 1, 10), LocalDate.of(y + 1, 3, 20));
			quarters.row(school.id, y, 4, LocalDate.of(y + 1, 4, 1), LocalDate.of(y + 1, 5, 31));
		}
		var staff = copy.into("school.staff", "id, school_id, full_name, position, subjects, education, category, "
				+ "teaching_since, email, language, left_on, version");
		var accounts = copy.into("school.accounts", "id, school_id, staff_id, username, password_hash, roles, enabled, "
				+ "failed_logins, version");
		for (Person person : school.staff) {
			String position = switch (person.role()) {
				case "DIRECTOR" -> "Директор";
				case "DEPUTY" -> "Директордун окуу-методикалык иштер боюнча орун басары";
				default -> "Мугалим";
			};
			String subject = SUBJECTS[school.random.nextInt(SUBJECTS.length)];
			staff.row(person.id(), school.id, person.fullName(), position, List.of(subject),
					EDUCATION[school.random.nextInt(EDUCATION.length)], CATEGORY[school.random.nextInt(CATEGORY.length)],
					LocalDate.of(1985 + school.random.nextInt(40), 9, 1), person.username() + "@bench.usulduk.kg", "KY",
					null, 0);
			List<String> roles = "ADMIN".equals(person.role()) ? List.of("ADMIN", "TEACHER") : List.of(person.role());
			accounts.row(person.accountId(), school.id, person.id(), person.username(), world.passwordHash(), roles, true,
					0, 0);
		}
	}
}
