package kg.usulduk.bench.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kg.usulduk.bench.generate.SchoolData.AssociationFact;
import kg.usulduk.bench.generate.SchoolData.Person;
import kg.usulduk.bench.generate.SchoolData.SessionFact;

/**
 * The council context: a council a school year (the deputy chairs, the director and the associations' heads sit),
 * five sessions a year with agendas, attendance, signed protocols with their decisions (one a task, with its task
 * record) and signatures.
 */
final class CouncilWriter implements ContextWriter {

	private static final int[][] SESSION_DAYS = { { 9, 2 }, { 11, 3 }, { 1, 12 }, { 3, 16 }, { 5, 25 } };

	@Override
	public void write(SchoolData school, Copy copy) {
		World world = school.world;
		for (int y = world.firstYear().startYear(); y <= world.currentYear().startYear(); y++) {
			year(school, y, copy);
		}
	}

	private void year(SchoolData school, int year, Copy copy) {
		LocalDate today = school.world.today();
		UUID council = school.uuid();
		Person chair = school.deputy();
		Person secretary = school.staff.get(3);
		List<Person> members = new ArrayList<>(List.of(chair, school.director()));
		List<String> roles = new ArrayList<>(List.of("CHAIR", "MANAGEMENT"));
		List<UUID> seatAssociations = new ArrayList<>(java.util.Arrays.asList(null, null));
		for (AssociationFact association : school.associations) {
			if (!members.contains(association.head())) {
				members.add(association.head());
				roles.add("CREATIVE_GROUP".equals(association.kind()) ? "CREATIVE_GROUP" : "ASSOCIATION_HEAD");
				seatAssociations.add(association.id());
			}
		}
		List<UUID> sessionIds = new ArrayList<>();
		for (int i = 0; i < SESSION_DAYS.length; i++) {
			sessionIds.add(school.uuid());
		}
		copy.into("council.councils", "id, school_id, school_year, chair, secretary, secretary_elected_at, version")
			.row(council, school.id, year, chair.id(), secretary.id(), sessionIds.get(0), 1);
		LocalDate since = LocalDate.of(year, 9, 1);
		var seats = copy.into("council.seats", "council_id, position, staff_id, role, association, since, until");
		for (int i = 0; i < members.size(); i++) {
			seats.row(council, i, members.get(i).id(), roles.get(i), seatAssociations.get(i), since, null);
		}
		if (year == school.world.currentYear().startYear()) {
			school.currentCouncil = council;
		}
		var sessions = copy.into("council.sessions", "id, school_id, council_id, date, time, place, year_end, status, "
				+ "version");
		var agenda = copy.into("council.agenda_items", "session_id, position, title");
		var attendance = copy.into("council.attendance", "session_id, staff_id, present");
		var protocols = copy.into("council.protocols", "id, school_id, council_id, session_id, session_date, present, "
				+ "members, status, signed_on, frozen, version");
		var entries = copy.into("council.protocol_entries", "protocol_id, position, question, considered, decision, "
				+ "kind, teacher, document, responsible, due_on, votes_for, votes_against, abstained");
		var signatures = copy.into("council.protocol_signatures", "protocol_id, signatory, staff_id, signed_at");
		var tasks = copy.into("council.tasks", "id, school_id, council_id, protocol_id, item, text, responsible, due_on, "
				+ "done_on, due_announced, overdue_announced, version");
		for (int i = 0; i < SESSION_DAYS.length; i++) {
			int month = SESSION_DAYS[i][0];
			LocalDate date = LocalDate.of(month >= 9 ? year : year + 1, month, SESSION_DAYS[i][1]);
			boolean held = date.isBefore(today);
			UUID id = sessionIds.get(i);
			sessions.row(id, school.id, council, date, LocalTime.of(15, 0), "мугалимдер бөлмөсү",
					i == SESSION_DAYS.length - 1, held ? "HELD" : "SCHEDULED", held ? 2 : 0);
			for (int p = 0; p < 3; p++) {
				agenda.row(id, p, "Кеңештин маселеси " + (p + 1));
			}
			school.councilSessions.add(new SessionFact(id, council, "Методикалык кеңеш", date, LocalTime.of(15, 0),
					held, members));
			if (!held) {
				continue;
			}
			List<Person> present = new ArrayList<>();
			List<Person> absent = new ArrayList<>();
			for (Person member : members) {
				boolean here = member == chair || school.random.nextInt(8) > 0;
				attendance.row(id, member.id(), here);
				(here ? present : absent).add(member);
			}
			UUID protocol = school.uuid();
			LocalDate signedOn = date.plusDays(1);
			Instant signedAt = signedOn.atTime(11, 0).toInstant(ZoneOffset.ofHours(6));
			protocols.row(protocol, school.id, council, id, date, present.size(), members.size(), "SIGNED", signedOn,
					Papers.frozen(school, "Методикалык кеңеш", present, absent, "council.signatory.",
							List.of("CHAIR", "SECRETARY"), List.of(chair, secretary), signedAt),
					2);
			String firstKind = i == 0 ? "APPROVE_SESSION_PLAN" : "GENERAL";
			entries.row(protocol, 0, "Кеңештин маселеси 1", "Угулду", "Чечим", firstKind, null, null, null, null,
					present.size(), 0, 0);
			entries.row(protocol, 1, "Кеңештин маселеси 2", "Угулду", "Чечим", "GENERAL", null, null, null, null,
					present.size(), 0, 0);
			Person responsible = members.get(members.size() - 1);
			LocalDate due = date.plusDays(30);
			entries.row(protocol, 2, "Кеңештин маселеси 3", "Угулду", "Тапшырма", "TASK", null, null, responsible.id(),
					due, present.size(), 0, 0);
			signatures.row(protocol, "CHAIR", chair.id(), signedAt);
			signatures.row(protocol, "SECRETARY", secretary.id(), signedAt.plusSeconds(300));
			boolean done = due.isBefore(today);
			tasks.row(school.uuid(), school.id, council, protocol, 2, "Тапшырма", responsible.id(), due,
					done ? due.minusDays(2) : null, done, false, done ? 1 : 0);
			if (i == 0) {
				school.sessionPlans.add(new SchoolData.SessionPlanFact(council, year, date, id, protocol));
			}
			if (year == school.world.currentYear().startYear()) {
				school.feedCouncilSession = id;
			}
		}
	}
}
