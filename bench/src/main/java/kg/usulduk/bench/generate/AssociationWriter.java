package kg.usulduk.bench.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kg.usulduk.bench.generate.SchoolData.ActivityFact;
import kg.usulduk.bench.generate.SchoolData.AssociationFact;
import kg.usulduk.bench.generate.SchoolData.Person;
import kg.usulduk.bench.generate.SchoolData.SessionFact;

/**
 * The association context: six associations a school (five of subjects, one creative group) open for all the years,
 * with members, a head, a theme and self-education topics a year; seven sessions a year (September to March) with
 * agendas, attendance and a signed protocol for each one held; six activities a year; a year analysis for each year
 * ended.
 */
final class AssociationWriter implements ContextWriter {

	static final int ASSOCIATIONS = 6;
	static final int SESSIONS_A_YEAR = 7;
	static final int ACTIVITIES_A_YEAR = 6;
	private static final String[] NAMES = { "Математика жана информатика", "Табигый илимдер", "Тилдер жана адабият",
			"Коомдук илимдер", "Башталгыч класстар", "Чыгармачыл топ: окуу сабаттуулугу" };
	private static final int[] SESSION_MONTHS = { 9, 10, 11, 12, 1, 2, 3 };
	private static final int[] ACTIVITY_MONTHS = { 10, 11, 1, 2, 3, 4 };
	private static final String[] ACTIVITY_KINDS = { "OPEN_LESSON", "LESSON_VISIT", "SUBJECT_WEEK", "PRACTICAL_SEMINAR",
			"EXTRACURRICULAR_EVENT", "CREATIVE_REPORT" };

	@Override
	public void write(SchoolData school, Copy copy) {
		World world = school.world;
		LocalDate opened = world.firstYear().start();
		var associations = copy.into("association.associations", "id, school_id, name, kind, subjects, "
				+ "opening_order_number, opening_order_date, opened_on, status, secretary, problem, version");
		var memberships = copy.into("association.memberships", "association_id, staff_id, joined_on, left_on");
		var heads = copy.into("association.head_terms", "association_id, position, staff_id, choice, order_number, "
				+ "order_date, since, until");
		List<Person> teachers = school.teachers();
		for (int a = 0; a < ASSOCIATIONS; a++) {
			List<Person> members = new ArrayList<>();
			for (int t = a; t < teachers.size(); t += ASSOCIATIONS) {
				members.add(teachers.get(t));
			}
			if (members.size() < 2) {
				members.add(school.deputy());
			}
			boolean group = a == ASSOCIATIONS - 1;
			AssociationFact association = new AssociationFact(school.uuid(), NAMES[a],
					group ? "CREATIVE_GROUP" : "SUBJECT", List.copyOf(members), members.get(0), members.get(1));
			school.associations.add(association);
			associations.row(association.id(), school.id, association.name(), association.kind(),
					group ? List.of() : List.of("предмет " + (a + 1)), String.valueOf(10 + a), opened.minusDays(5), opened,
					"OPEN", association.secretary().id(), group ? "Окуу сабаттуулугун өнүктүрүү" : null, 0);
			for (Person member : members) {
				memberships.row(association.id(), member.id(), opened, null);
			}
			heads.row(association.id(), 0, association.head().id(), "ELECTED", null, null, opened, null);
		}
		for (int y = world.firstYear().startYear(); y <= world.currentYear().startYear(); y++) {
			for (AssociationFact association : school.associations) {
				year(school, association, y, copy);
			}
		}
	}

	private void year(SchoolData school, AssociationFact association, int year, Copy copy) {
		LocalDate today = school.world.today();
		copy.into("association.themes", "association_id, school_year, theme, goal, priorities, tasks")
			.row(association.id(), year, "Окуучулардын функционалдык сабаттуулугу " + year, "Максат", "Артыкчылыктар",
					"Милдеттер");
		var topics = copy.into("association.self_education_topics", "association_id, staff_id, school_year, topic");
		for (Person member : association.members()) {
			topics.row(association.id(), member.id(), year, "Өз алдынча билим алуу темасы " + year);
		}
		var sessions = copy.into("association.sessions", "id, school_id, association_id, association_name, date, time, "
				+ "place, status, version");
		var agenda = copy.into("association.agenda_items", "session_id, position, title, speaker");
		var attendance = copy.into("association.session_participants", "session_id, staff_id, present");
		var protocols = copy.into("association.protocols", "id, school_id, association_id, session_id, session_date, "
				+ "secretary_signs, status, signed_on, frozen, version");
		var entries = copy.into("association.protocol_entries", "protocol_id, position, question, considered, decision, "
				+ "proposals");
		var signatures = copy.into("association.protocol_signatures", "protocol_id, signatory, staff_id, signed_at");
		int day = 10 + school.random.nextInt(10);
		UUID lastSession = null;
		for (int s = 0; s < SESSIONS_A_YEAR; s++) {
			int month = SESSION_MONTHS[s];
			LocalDate date = LocalDate.of(month >= 9 ? year : year + 1, month, day);
			LocalTime time = LocalTime.of(14, 0);
			boolean held = date.isBefore(today);
			UUID id = school.uuid();
			lastSession = id;
			sessions.row(id, school.id, association.id(), association.name(), date, time, "каб. 21",
					held ? "HELD" : "SCHEDULED", held ? 2 : 0);
			for (int p = 0; p < 3; p++) {
				agenda.row(id, p, "Күн тартибинин маселеси " + (p + 1), association.members().get(p % association.members().size()).id());
			}
			school.sessions.add(new SessionFact(id, association.id(), association.name(), date, time, held,
					association.members()));
			if (!held) {
				continue;
			}
			List<Person> present = new ArrayList<>();
			List<Person> absent = new ArrayList<>();
			for (Person member : association.members()) {
				boolean here = member == association.head() || member == association.secretary()
						|| school.random.nextInt(10) > 0;
				attendance.row(id, member.id(), here);
				(here ? present : absent).add(member);
			}
			UUID protocol = school.uuid();
			LocalDate signedOn = date.plusDays(1);
			Instant signedAt = signedOn.atTime(10, 0).toInstant(ZoneOffset.ofHours(6));
			protocols.row(protocol, school.id, association.id(), id, date, true, "SIGNED", signedOn,
					Papers.frozen(school, association.name(), present, absent, "association.signatory.",
							List.of("HEAD", "SECRETARY"), List.of(association.head(), association.secretary()), signedAt),
					2);
			for (int p = 0; p < 3; p++) {
				entries.row(protocol, p, "Күн тартибинин маселеси " + (p + 1), "Угулду: баяндамачынын маалыматы",
						"Токтом: маалымат эске алынсын", null);
			}
			signatures.row(protocol, "HEAD", association.head().id(), signedAt);
			signatures.row(protocol, "SECRETARY", association.secretary().id(), signedAt.plusSeconds(600));
			if (year == school.world.currentYear().startYear() && school.feedSession == null) {
				school.feedSession = id;
				school.feedProtocol = protocol;
			}
		}
		boolean ended = LocalDate.of(year + 1, 5, 31).isBefore(today);
		if (ended) {
			copy.into("association.year_ends", "association_id, school_year, analysis, directions, last_session, "
					+ "analysed_by, completed_on")
				.row(association.id(), year, "Жылдык талдоо", "Кийинки жылга багыттар", lastSession,
						association.head().id(), LocalDate.of(year + 1, 5, 31));
		}
		activities(school, association, year, copy);
	}

	private void activities(SchoolData school, AssociationFact association, int year, Copy copy) {
		var activities = copy.into("association.activities", "id, school_id, association_id, kind, title, responsible, "
				+ "visited, date, until, time, class_group, plan, status, outcome, version");
		List<Person> members = association.members();
		for (int k = 0; k < ACTIVITIES_A_YEAR; k++) {
			int month = ACTIVITY_MONTHS[k];
			LocalDate date = LocalDate.of(month >= 9 ? year : year + 1, month, 3 + school.random.nextInt(20));
			String kind = ACTIVITY_KINDS[k];
			LocalDate until = "SUBJECT_WEEK".equals(kind) ? date.plusDays(6) : null;
			Person responsible = members.get(k % members.size());
			Person visited = "LESSON_VISIT".equals(kind) ? members.get((k + 1) % members.size()) : null;
			boolean held = (until == null ? date : until).isBefore(school.world.today());
			UUID id = school.uuid();
			String title = "Иш-чара " + (k + 1) + ": " + association.name();
			activities.row(id, school.id, association.id(), kind, title, responsible.id(), visited == null ? null : visited.id(),
					date, until, LocalTime.of(10, 0), "7А", "План", held ? "HELD" : "SCHEDULED", held ? "Жыйынтык" : null,
					held ? 1 : 0);
			List<Person> people = visited == null ? List.of(responsible) : List.of(responsible, visited);
			school.activities.add(new ActivityFact(id, association.id(), kind, title, date, until == null ? date : until,
					held, people));
		}
	}
}
