package kg.usulduk.bench.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import kg.usulduk.bench.generate.SchoolData.AssociationFact;
import kg.usulduk.bench.generate.SchoolData.Person;
import kg.usulduk.school.SchoolYear;

/**
 * The mentorship context (issue 14): each year, in the first {@value #PAIRS_A_YEAR} associations of a school with
 * members enough, a young teacher and a mentor assigned by the director's order of the year (its table of pairs and
 * its frozen paper), with both plans approved, up to {@value #MEETINGS} meetings a term (lesson visits among them; the
 * association's generated activities stand in for the visits it would have recorded) and, for the years gone by, both
 * reports and the result. A young teacher has one pair a year.
 */
final class MentorshipWriter implements ContextWriter {

	static final int PAIRS_A_YEAR = 2;
	static final int PLAN_ITEMS = 4;
	static final int MEETINGS = 8;
	private static final String[] KINDS = { "CONSULTATION", "MENTOR_VISITS_LESSON", "JOINT_LESSON_PLANNING",
			"YOUNG_TEACHER_VISITS_LESSON" };

	@Override
	public void write(SchoolData school, Copy copy) {
		var orders = copy.into("mentorship.orders", "id, school_id, kind, number, date, basis, term_start, term_end, "
				+ "controlled_by, reason, issued_by, frozen, version");
		var rows = copy.into("mentorship.order_rows", "order_id, position, mentorship, mentor, mentor_name, "
				+ "mentor_subjects, mentor_category, mentor_years, young_teacher, young_name, young_subjects, young_since");
		var pairs = copy.into("mentorship.mentorships", "id, school_id, association_id, young_teacher, mentor, "
				+ "school_year, status, proposed_by, proposed_on, answered_on, order_id, order_number, order_date, "
				+ "term_start, term_end, controlled_by, mentor_plan_approved_on, mentor_plan_approved_by, "
				+ "young_plan_approved_on, young_plan_approved_by, young_teacher_report, young_teacher_report_on, "
				+ "mentor_reference, mentor_reference_on, result, completed_on, version");
		var items = copy.into("mentorship.plan_items", "mentorship_id, position, ref, owner, month, what, done");
		var meetings = copy.into("mentorship.meetings", "mentorship_id, position, ref, kind, topic, date, time, minutes, "
				+ "observation");
		List<AssociationFact> withMembers = school.associations.stream().filter(a -> a.members().size() >= 3)
				.limit(PAIRS_A_YEAR).toList();
		LocalDate today = school.world.today();
		for (int y = school.world.firstYear().startYear(); y <= school.world.currentYear().startYear(); y++) {
			SchoolYear year = new SchoolYear(y);
			boolean past = year.end().isBefore(today);
			LocalDate orderDate = year.start().plusDays(7);
			if (orderDate.isAfter(today) || withMembers.isEmpty()) {
				continue;
			}
			UUID order = school.uuid();
			Instant signed = orderDate.atTime(10, 0).toInstant(ZoneOffset.ofHours(6));
			orders.row(order, school.id, "ASSIGN", String.valueOf(40 + y % 50), orderDate,
					"Усулдук бирикмелердин сунуштары", year.start(), year.end(), school.deputy().id(), null,
					school.director().id(), Papers.frozen(school, "", List.of(), List.of(), "mentorship.order.",
							List.of("signedBy"), List.of(school.director()), signed), 0);
			int position = 0;
			java.util.Set<UUID> paired = new java.util.HashSet<>();
			for (AssociationFact association : withMembers) {
				List<Person> members = association.members();
				Person young = members.get((y + position) % members.size());
				if (!paired.add(young.id())) {
					continue;
				}
				Person mentor = members.get((y + position + 1) % members.size());
				Person head = association.head() == null ? school.deputy() : association.head();
				UUID pair = school.uuid();
				rows.row(order, position, pair, mentor.id(), mentor.fullName(), "Математика", "FIRST", 12, young.id(),
						young.fullName(), "Математика", year.start().minusYears(1));
				LocalDate approved = year.start().plusDays(25);
				LocalDate reports = year.end().minusDays(20);
				pairs.row(pair, school.id, association.id(), young.id(), mentor.id(), y, past ? "COMPLETED" : "ASSIGNED",
						head.id(), year.start().plusDays(2), year.start().plusDays(3), order, String.valueOf(40 + y % 50),
						orderDate, year.start(), year.end(), school.deputy().id(),
						approved.isAfter(today) ? null : approved, approved.isAfter(today) ? null : head.id(),
						approved.isAfter(today) ? null : approved, approved.isAfter(today) ? null : head.id(),
						past ? "Жаш мугалимдин отчету" : null, past ? reports : null,
						past ? "Насаатчынын мүнөздөмөсү" : null, past ? reports : null,
						past ? "Ийгиликтүү аяктады" : null, past ? reports.plusDays(7) : null, 0);
				for (int i = 0; i < 2 * PLAN_ITEMS; i++) {
					LocalDate month = year.start().plusMonths(i % PLAN_ITEMS * 2L).withDayOfMonth(1);
					items.row(pair, i, school.uuid(), i < PLAN_ITEMS ? "MENTOR" : "YOUNG_TEACHER", month,
							"Пландын пункту " + (i + 1), past || month.isBefore(today.withDayOfMonth(1)) ? month.plusDays(20) : null);
				}
				int held = 0;
				for (int i = 0; i < MEETINGS; i++) {
					LocalDate date = year.start().plusDays(14 + i * 30L);
					if (date.isAfter(today)) {
						break;
					}
					String kind = KINDS[i % KINDS.length];
					meetings.row(pair, held++, school.uuid(), kind, "Жолугушуунун темасы " + (i + 1), date,
							LocalTime.of(14, 30), 45 + 15 * (i % 3),
							kind.endsWith("VISITS_LESSON") ? "Байкоо барагы: сабактын талдоосу" : null);
				}
				position++;
			}
		}
	}
}
