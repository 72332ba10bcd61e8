package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.association.DemoAssociationsCreated;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.MemberRole;
import kg.usulduk.council.internal.CouncilSignature.Signatory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.SchoolTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo school's methodological council: last school year complete (a session each quarter, the secretary
 * elected at the first, the year summed up at the last), and this year's sessions so far held and signed, with
 * voted decisions, a recommendation and a task; the rest of the plan scheduled.
 */
@Component
class DemoCouncil {

	private static final Logger log = LoggerFactory.getLogger(DemoCouncil.class);

	private final Councils councils;
	private final CouncilSessions sessions;
	private final CouncilProtocols protocols;
	private final CouncilTasks tasks;
	private final AssociationDirectory associations;
	private final StaffDirectory staff;
	private final CouncilManagement management;
	private final org.springframework.context.ApplicationEventPublisher events;
	private final SchoolTime schoolTime;
	private final DemoCouncilEvents demoEvents;

	DemoCouncil(Councils councils, CouncilSessions sessions, CouncilProtocols protocols, CouncilTasks tasks,
			AssociationDirectory associations, StaffDirectory staff, CouncilManagement management,
			org.springframework.context.ApplicationEventPublisher events, SchoolTime schoolTime, DemoCouncilEvents demoEvents) {
		this.events = events;
		this.demoEvents = demoEvents;
		this.management = management;
		this.councils = councils;
		this.sessions = sessions;
		this.protocols = protocols;
		this.tasks = tasks;
		this.associations = associations;
		this.staff = staff;
		this.schoolTime = schoolTime;
	}

	@ApplicationModuleListener
	void on(DemoAssociationsCreated event) {
		if (!councils.findBySchoolIdOrderBySchoolYearDesc(event.school()).isEmpty()) {
			return; // already created: a republished event must not double the demo
		}
		Map<String, StaffId> people = staff.activeStaff(event.school()).stream().collect(Collectors.toMap(
				card -> card.fullName().split(" ")[0] + " " + card.fullName().split(" ")[1], StaffCard::id, (a, b) -> a));
		LocalDate today = schoolTime.today(event.school());
		SchoolYear year = SchoolYear.of(today);
		yearOf(event.school(), people, year.previous(), today);
		yearOf(event.school(), people, year, today);
		demoEvents.addTo(event.school(), people, today);
		pedagogicalCouncilOf(event.school(), people, year, today);
		events.publishEvent(new kg.usulduk.council.DemoCouncilsCreated(event.school(), year));
		log.info("Added the demo methodological and pedagogical councils to the demo school");
	}

	/**
	 * This year's pedagogical council, chaired by the director with every pedagogue: its first session elected the
	 * secretary and adopted the associations' work plans and the school's theme (resolutions № 2 and № 3), and
	 * considered the methodological council's regulation; the next session is scheduled, for the methodological
	 * council's recommendation to be put on its agenda.
	 */
	private void pedagogicalCouncilOf(SchoolId school, Map<String, StaffId> people, SchoolYear year, LocalDate today) {
		StaffId director = people.get("Асанова Гүлнара");
		StaffId secretary = people.get("Сыдыкова Назгүл");
		Council council = councils.save(Council.formPedagogical(school, year, director, management.pedagogues(school),
				year.start()));
		LocalDate date = year.start().plusDays(1);
		String[] agenda = { "Педагогикалык кеңештин катчысын шайлоо",
				"Усулдук бирикмелердин " + year + "-окуу жылына иш пландарын кабыл алуу",
				"Мектептин " + year + "-окуу жылына усулдук темасын кабыл алуу",
				"Илимий-методикалык кеңеш жөнүндө жобону кароо" };
		List<AgendaItem> items = java.util.Arrays.stream(agenda).map(AgendaItem::new).toList();
		if (date.isAfter(today)) {
			sessions.save(CouncilSession.schedule(council, date, LocalTime.of(14, 0), "Акт залы", items, false, today));
			return;
		}
		CouncilSession session = CouncilSession.schedule(council, date, LocalTime.of(14, 0), "Акт залы", items, false,
				date);
		Set<StaffId> present = new HashSet<>(council.members());
		present.remove(people.get("Алиев Азамат")); // one absent, as in life
		session.hold(council, present, date);
		session = sessions.save(session);
		council.electSecretary(secretary, session, true);
		council = councils.save(council);
		int voters = present.size();
		String heard = "Директор Асанова Г. Т. маалымат берди; педагогдор талкуулашты.";
		List<CouncilProtocolEntry> entries = List.of(
				new CouncilProtocolEntry(agenda[0], heard, "Катчы болуп Сыдыкова Н. М. шайлансын.", DecisionKind.GENERAL,
						null, null, null, null, voters, 0, 0),
				new CouncilProtocolEntry(agenda[1], "Бирикмелердин жетекчилери пландарын тааныштырышты.",
						"Усулдук бирикмелердин иш пландары кабыл алынсын.", DecisionKind.ADOPT_WORK_PLANS, null, null,
						null, null, voters, 0, 0),
				new CouncilProtocolEntry(agenda[2], "Директордун орун басары Бекова А. С. теманы сунуштады.",
						"Мектептин усулдук темасы кабыл алынсын.", DecisionKind.ADOPT_THEME, null, null, null, null,
						voters - 1, 0, 1),
				new CouncilProtocolEntry(agenda[3], heard, "Жобо директорго бекитүүгө сунушталсын.",
						DecisionKind.CONSIDER_REGULATION, null, "Илимий-методикалык кеңеш жөнүндө жобо", null, null,
						voters, 0, 0));
		CouncilProtocol protocol = CouncilProtocol.draft(session);
		protocol.write(entries, new Quorum(50));
		ZoneId zone = schoolTime.zone(school);
		protocol.sign(Signatory.CHAIR, director, true, date.atTime(16, 0).atZone(zone).toInstant(), zone);
		protocol.sign(Signatory.SECRETARY, secretary, true, date.atTime(16, 5).atZone(zone).toInstant(), zone);
		management.freezeIfSigned(protocol);
		protocols.save(protocol);
		LocalDate next = LocalDate.of(year.startYear() + 1, 1, 6);
		if (!next.isAfter(today)) {
			next = today.plusDays(7);
		}
		if (year.contains(next)) {
			sessions.save(CouncilSession.schedule(councils.findById(council.getId()).orElseThrow(), next,
					LocalTime.of(14, 0), "Акт залы", List.of(new AgendaItem("Биринчи жарым жылдын жыйынтыктары")), false,
					today));
		}
	}

	private void yearOf(SchoolId school, Map<String, StaffId> people, SchoolYear year, LocalDate today) {
		StaffId deputy = people.get("Бекова Айгүл");
		StaffId director = people.get("Асанова Гүлнара");
		StaffId secretary = people.get("Токтосунова Жылдыз");
		List<Council.Head> heads = associations.openAssociations(school).stream().filter(a -> a.head() != null)
				.map(a -> new Council.Head(a.head(), a.id())).toList();
		Council council = Council.form(school, year, deputy, Set.of(director), heads, year.start());
		council.seat(people.get("Каримов Эрлан"), MemberRole.CREATIVE_GROUP, year.start());
		council = councils.save(council);

		record Plan(int month, int day, boolean yearEnd, String[] agenda) {
		}
		List<Plan> plan = List.of(
				new Plan(9, 10, false, new String[] { "Усулдук кеңештин катчысын шайлоо",
						"Усулдук кеңештин жылдык отурумдарынын планын бекитүү",
						"Илимий-методикалык иштин жылдык планын бекитүү" }),
				new Plan(11, 12, false, new String[] { "Биринчи чейректин жыйынтыктары",
						"Мугалимди биринчи категорияга сунуштоо", "Ачык сабактардын графигин аткаруу" }),
				new Plan(1, 21, false, new String[] { "Мектептин өнүгүү программасына экспертиза" }),
				new Plan(3, 25, false, new String[] { "Мугалимдердин аттестациясына даярдык" }),
				new Plan(5, 27, true, new String[] { "Окуу жылынын жыйынтыгы жана кийинки жылга багыттар",
						"Педагогикалык кеңешке отчет" }));
		boolean first = true;
		for (Plan item : plan) {
			LocalDate date = LocalDate.of(item.month() >= 9 ? year.startYear() : year.startYear() + 1, item.month(), item.day());
			List<AgendaItem> agenda = java.util.Arrays.stream(item.agenda()).map(AgendaItem::new).toList();
			Council current = councils.findById(council.getId()).orElseThrow();
			if (date.isAfter(today)) {
				sessions.save(CouncilSession.schedule(current, date, LocalTime.of(15, 0), "Мугалимдер бөлмөсү", agenda,
						item.yearEnd(), today));
				continue;
			}
			CouncilSession session = CouncilSession.schedule(current, date, LocalTime.of(15, 0), "Мугалимдер бөлмөсү",
					agenda, item.yearEnd(), date);
			Set<StaffId> present = new HashSet<>(current.members());
			session.hold(current, present, date);
			session = sessions.save(session);
			if (first) {
				current.electSecretary(secretary, session, true);
				current = councils.save(current);
				first = false;
			}
			CouncilProtocol protocol = CouncilProtocol.draft(session);
			int voters = present.size();
			List<CouncilProtocolEntry> entries = new java.util.ArrayList<>();
			for (String question : item.agenda()) {
				entries.add(entryFor(question, voters, people, date));
			}
			protocol.write(entries, new Quorum(50));
			ZoneId zone = schoolTime.zone(school);
			protocol.sign(Signatory.CHAIR, deputy, true, date.atTime(17, 0).atZone(zone).toInstant(), zone);
			protocol.sign(Signatory.SECRETARY, secretary, true, date.atTime(17, 5).atZone(zone).toInstant(), zone);
			management.freezeIfSigned(protocol);
			CouncilProtocol signed = protocols.save(protocol);
			tasks.saveAll(CouncilTask.setBy(signed));
		}
	}

	private static CouncilProtocolEntry entryFor(String question, int voters, Map<String, StaffId> people, LocalDate date) {
		String heard = "Директордун орун басары Бекова А. С. маалымат берди; мүчөлөр талкуулашты.";
		if (question.startsWith("Усулдук кеңештин катчысын")) {
			return new CouncilProtocolEntry(question, heard, "Катчы болуп Токтосунова Ж. Э. шайлансын.",
					DecisionKind.GENERAL, null, null, null, null, voters, 0, 0);
		}
		if (question.contains("отурумдарынын планын")) {
			return new CouncilProtocolEntry(question, heard, "Отурумдардын планы бекитилсин: ар чейректе бир жолудан.",
					DecisionKind.APPROVE_SESSION_PLAN, null, null, null, null, voters, 0, 0);
		}
		if (question.startsWith("Илимий-методикалык иштин")) {
			return new CouncilProtocolEntry(question, heard, "План бекитилсин.", DecisionKind.APPROVE_WORK_PLAN, null,
					"Илимий-методикалык иштин жылдык планы", null, null, voters - 1, 0, 1);
		}
		if (question.startsWith("Мугалимди биринчи категорияга")) {
			return new CouncilProtocolEntry(question, "Жумабаев Н. К. иш тажрыйбасы менен тааныштырды.",
					"Жумабаев Нурлан Кубанычбекович педагогикалык кеңешке биринчи категорияга сунушталсын.",
					DecisionKind.RECOMMEND_TEACHER, people.get("Жумабаев Нурлан"), null, null, null, voters - 1, 0, 1,
					kg.usulduk.council.Recommendation.ATTESTATION_CATEGORY, "биринчи категория");
		}
		if (question.startsWith("Ачык сабактардын")) {
			return new CouncilProtocolEntry(question, heard, "Бирикмелердин жетекчилери ачык сабактардын графигин жаңыртсын.",
					DecisionKind.TASK, null, null, people.get("Жумабаев Нурлан"), date.plusDays(30), null, null, null);
		}
		if (question.contains("экспертиза")) {
			return new CouncilProtocolEntry(question, heard, "Программа жактырылсын, сунуштар менен.",
					DecisionKind.DOCUMENT_EXPERTISE, null, "Мектептин 2025–2030-жылдарга өнүгүү программасы", null,
					null, voters, 0, 0);
		}
		if (question.startsWith("Педагогикалык кеңешке")) {
			return new CouncilProtocolEntry(question, heard, "Жылдык отчет педагогикалык кеңешке берилсин.",
					DecisionKind.REPORT_TO_PEDAGOGICAL_COUNCIL, null, null, null, null, null, null, null);
		}
		return new CouncilProtocolEntry(question, heard, "Маалымат эске алынсын.", DecisionKind.GENERAL, null, null, null,
				null, null, null, null);
	}
}
