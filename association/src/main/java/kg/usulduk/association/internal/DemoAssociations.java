package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import kg.usulduk.association.ActivityKind;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.DemoAssociationsCreated;
import kg.usulduk.association.internal.Signature.Signatory;
import kg.usulduk.school.DemoSchoolCreated;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.meetings.ProtocolEntry;
import kg.usulduk.school.SchoolTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo school's associations: three of them, with last school year complete (sessions with signed protocols,
 * a seminar, the deputy's analysis) except for one that held too few sessions, and this year so far, with the
 * sessions and activities still to come scheduled. Dates are relative to the day the demo is created.
 */
@Component
class DemoAssociations {

	private static final Logger log = LoggerFactory.getLogger(DemoAssociations.class);

	private final Associations associations;
	private final Sessions sessions;
	private final Protocols protocols;
	private final Activities activities;
	private final StaffDirectory staff;
	private final SessionManagement sessionManagement;
	private final ApplicationEventPublisher events;
	private final SchoolTime schoolTime;

	DemoAssociations(Associations associations, Sessions sessions, Protocols protocols, Activities activities,
			StaffDirectory staff, SessionManagement sessionManagement, ApplicationEventPublisher events, SchoolTime schoolTime) {
		this.sessionManagement = sessionManagement;
		this.events = events;
		this.associations = associations;
		this.sessions = sessions;
		this.protocols = protocols;
		this.activities = activities;
		this.staff = staff;
		this.schoolTime = schoolTime;
	}

	@ApplicationModuleListener
	void on(DemoSchoolCreated event) {
		if (!associations.findBySchoolIdOrderByName(event.school()).isEmpty()) {
			return; // already created: a republished event must not double the demo
		}
		Map<String, StaffId> people = staff.activeStaff(event.school()).stream()
				.collect(Collectors.toMap(card -> card.fullName().split(" ")[0] + " " + card.fullName().split(" ")[1],
						StaffCard::id, (a, b) -> a));
		LocalDate today = schoolTime.today(event.school());
		SchoolYear year = SchoolYear.of(today);
		new Builder(event.school(), people, today, year).build();
		events.publishEvent(new DemoAssociationsCreated(event.school(), year));
		log.info("Added the demo associations to the demo school");
	}

	private final class Builder {

		private final SchoolId school;
		private final Map<String, StaffId> people;
		private final LocalDate today;
		private final SchoolYear year;
		private final StaffId deputy;

		Builder(SchoolId school, Map<String, StaffId> people, LocalDate today, SchoolYear year) {
			this.school = school;
			this.people = people;
			this.today = today;
			this.year = year;
			// 001 §5.7: the year is analysed by the deputy the demo school gives that duty (teaching and upbringing).
			this.deputy = person("Орозбаева Асель");
		}

		StaffId person(String name) {
			StaffId id = people.get(name);
			if (id == null) {
				throw new IllegalStateException("The demo school has no " + name);
			}
			return id;
		}

		void build() {
			SchoolYear last = year.previous();
			LocalDate opened = last.previous().start().plusDays(2);

			Association math = open("Табигый-математикалык цикл мугалимдеринин усулдук бирикмеси",
					AssociationKind.SUBJECT_CYCLE, List.of("Математика", "Физика", "Информатика", "Химия", "Биология"),
					"14", opened, List.of("Жумабаев Нурлан", "Осмонов Бакыт", "Усенов Тимур", "Исакова Бермет"),
					"Жумабаев Нурлан", true);
			math.setTheme(new YearTheme(year.startYear(),
					"Окуучулардын функционалдык сабаттуулугун математикалык жана табигый илимдер аркылуу өнүктүрүү",
					"Сабакта практикалык маселелерди чечүү аркылуу окуучулардын сабаттуулугун жогорулатуу",
					"Практикага багытталган тапшырмалар; санариптик каражаттар; жаш мугалимдерге колдоо",
					"1. Ар бир мүчө бирден ачык сабак өтөт.\n2. Предметтик жуманы уюштуруу.\n3. Олимпиаданын мектептик турун өткөрүү."));
			math.recordSelfEducationTopic(person("Жумабаев Нурлан"), year, "Геометриялык маселелерди чечүүдө GeoGebra программасын колдонуу");
			math.recordSelfEducationTopic(person("Осмонов Бакыт"), year, "Физика сабагында лабораториялык иштерди санариптик өлчөгүчтөр менен өткөрүү");
			math.recordSelfEducationTopic(person("Усенов Тимур"), year, "Python тилинде программалоону 8-класста окутуу");
			math.recordSelfEducationTopic(person("Исакова Бермет"), year, "Химиядан долбоордук ыкма");
			math = associations.save(math);

			Association languages = open("Тил жана адабият мугалимдеринин усулдук бирикмеси",
					AssociationKind.SUBJECT_CYCLE, List.of("Кыргыз тили", "Кыргыз адабияты", "Орус тили", "Англис тили"),
					"14", opened, List.of("Токтосунова Жылдыз", "Абдыкадырова Айпери", "Мамытова Чолпон"),
					"Токтосунова Жылдыз", false);
			languages.chooseSecretary(person("Абдыкадырова Айпери"));
			languages.setTheme(new YearTheme(year.startYear(), "Окуу жана жазуу сабаттуулугун өнүктүрүүнүн заманбап ыкмалары",
					"Окуучулардын окуу сабаттуулугун PIRLS талаптарына жакындатуу", null, null));
			languages = associations.save(languages);

			Association classTeachers = open("Класс жетекчилердин усулдук бирикмеси",
					AssociationKind.EDUCATIONAL_WORK, List.of(), "15", opened,
					List.of("Сыдыкова Назгүл", "Каримов Эрлан", "Алиев Азамат"), "Сыдыкова Назгүл", true);
			classTeachers = associations.save(classTeachers);

			String[][] mathAgendas = {
					{ "Усулдук бирикменин жылдык иш планын талкуулоо жана бекитүү", "Мугалимдердин календардык-тематикалык пландарын карап чыгуу" },
					{ "Биринчи чейректин жыйынтыктары: окуучулардын билим сапаты", "Олимпиаданын мектептик турунун жыйынтыктары" },
					{ "Ачык сабактардын талдоосу", "Жаш мугалим Усенов Т. А. менен иш" },
					{ "Предметтик жуманы даярдоо", "Практикалык семинар: «Функционалдык сабаттуулук сабакта»" },
					{ "Жылдык жыйынтык: усулдук бирикменин ишинин анализи", "Кийинки окуу жылына сунуштар" } };
			int[][] when = { { 9, 5 }, { 11, 6 }, { 1, 16 }, { 3, 20 }, { 5, 27 } };
			// Last year: all five held and signed, the seminar held, the deputy's analysis at the last session.
			Session lastOfLastYear = null;
			for (int i = 0; i < when.length; i++) {
				lastOfLastYear = heldSession(math, dateIn(last, when[i]), mathAgendas[i], true);
			}
			Activity mathSeminar = activity(math, ActivityKind.PRACTICAL_SEMINAR,
					"Практикалык семинар: функционалдык сабаттуулук математика сабагында", "Жумабаев Нурлан", null,
					dateIn(last, new int[] { 3, 20 }), "7А", true, null);
			// 001 §5.6: the seminar's programme, the thematic open lessons that make it count.
			activity(math, ActivityKind.OPEN_LESSON, "Семинардын ачык сабагы: «Пайыздар турмушта», 7-класс",
					"Осмонов Бакыт", null, dateIn(last, new int[] { 3, 20 }), "7А", true, mathSeminar);
			activity(math, ActivityKind.OPEN_LESSON, "Ачык сабак: «Пифагор теоремасы», 8-класс", "Жумабаев Нурлан", null,
					dateIn(last, new int[] { 2, 12 }), "8Б", true);
			Association reloaded = associations.findById(math.getId()).orElseThrow();
			reloaded.completeYearEnd(last,
					"Бирикме жыл ичинде 5 жыйналыш өткөрдү, пландагы ачык сабактардын баары өтүлдү. Олимпиаданын мектептик турунда 42 окуучу катышты.",
					"Функционалдык сабаттуулук боюнча ишти улантуу; жаш мугалимдерге насаатчылыкты күчөтүү.",
					lastOfLastYear, deputy, last.end().minusDays(60));
			associations.save(reloaded);

			// This year so far: what is past is held and signed, but for the latest session, whose protocol is written
			// and waits for the head's signature (the head's start page shows it); what is ahead is scheduled.
			int latestHeld = -1;
			for (int i = 0; i < when.length; i++) {
				if (!dateIn(year, when[i]).isAfter(today)) {
					latestHeld = i;
				}
			}
			for (int i = 0; i < when.length; i++) {
				LocalDate date = dateIn(year, when[i]);
				if (!date.isAfter(today)) {
					heldSession(math, date, mathAgendas[i], i != latestHeld);
				}
				else {
					sessions.save(Session.schedule(associations.findById(math.getId()).orElseThrow(), date,
							LocalTime.of(14, 30), "21-кабинет", agenda(mathAgendas[i]), today));
				}
			}
			activity(math, ActivityKind.OPEN_LESSON, "Ачык сабак: «Квадраттык теңдемелер», 8-класс", "Жумабаев Нурлан", null,
					today.plusDays(3), "8А", false);
			// 001 §5.6: this year's practical seminar, scheduled with the open lesson of its programme.
			Activity seminar = activity(math, ActivityKind.PRACTICAL_SEMINAR,
					"Практикалык семинар: «Санариптик каражаттар сабакта»", "Жумабаев Нурлан", null, today.plusDays(25),
					null, false, null);
			activity(math, ActivityKind.OPEN_LESSON, "Семинардын ачык сабагы: «GeoGebra менен функциянын графиги», 9-класс",
					"Усенов Тимур", null, today.plusDays(25), "9А", false, seminar);
			activity(math, ActivityKind.LESSON_VISIT, "Жаш мугалимдин сабагына катышуу: информатика, 7-класс",
					"Жумабаев Нурлан", "Усенов Тимур", today.plusDays(8), "7Б", false);
			activity(math, ActivityKind.SUBJECT_WEEK, "Математика жана табигый илимдер жумалыгы", "Осмонов Бакыт", null,
					today.plusDays(20), null, false);
			activity(math, ActivityKind.OLYMPIAD_ROUND, "Математикадан олимпиаданын мектептик туру", "Жумабаев Нурлан",
					null, today.plusDays(12), "7–11", false);

			// Languages: last year met; this year one session held so far.
			String[][] languageAgendas = {
					{ "Иш планды бекитүү" }, { "Окуу сабаттуулугу боюнча диагностиканын жыйынтыктары" },
					{ "Ачык сабактардын графиги" }, { "Практикалык семинар: «Текст менен иштөө»" } };
			Session lastLanguages = null;
			for (int i = 0; i < 4; i++) {
				lastLanguages = heldSession(languages, dateIn(last, when[i + 1]), languageAgendas[i], true);
			}
			Activity languagesSeminar = activity(languages, ActivityKind.PRACTICAL_SEMINAR,
					"Практикалык семинар: текст менен иштөөнүн ыкмалары", "Токтосунова Жылдыз", null,
					dateIn(last, new int[] { 3, 20 }), "6Б", true, null);
			activity(languages, ActivityKind.EXTRACURRICULAR_EVENT, "Семинардын иш-чарасы: «Окуу марафону», 6-класс",
					"Абдыкадырова Айпери", null, dateIn(last, new int[] { 3, 21 }), "6Б", true, languagesSeminar);
			Association languagesReloaded = associations.findById(languages.getId()).orElseThrow();
			languagesReloaded.completeYearEnd(last, "Бирикме пландагы иштерди толук аткарды.",
					"Окуу сабаттуулугу боюнча диагностиканы улантуу.", lastLanguages, deputy, last.end().minusDays(60));
			associations.save(languagesReloaded);
			LocalDate first = dateIn(year, when[0]);
			if (!first.isAfter(today)) {
				heldSession(languages, first, languageAgendas[0], true);
			}
			activity(languages, ActivityKind.CREATIVE_REPORT, "Чыгармачыл отчет: «Англис тилин оюн аркылуу окутуу»",
					"Мамытова Чолпон", null, today.plusDays(15), null, false);
			// Plan IV.3–IV.6, 001 §6.10: the other kinds of work the plan template names.
			activity(languages, ActivityKind.METHODOLOGICAL_READINGS, "Усулдук окуулар: «Окуу сабаттуулугу»",
					"Мамытова Чолпон", null, today.plusDays(22), null, false);
			activity(languages, ActivityKind.COURSE_REPORT, "Квалификацияны жогорулатуу курстары боюнча отчет",
					"Токтосунова Жылдыз", null, dateIn(last, new int[] { 4, 15 }), null, true);

			// Class teachers: only three sessions held last year, so 001 §5.5 is broken for it.
			String[][] classAgendas = { { "Тарбия иштеринин планы" }, { "Ата-энелер менен иштөө" }, { "Жайкы эс алууну уюштуруу" } };
			for (int i = 0; i < 3; i++) {
				heldSession(classTeachers, dateIn(last, when[i]), classAgendas[i], true);
			}
			// 002 §2.1, 003 §3.1: a creative group of teachers works on a problem, keeps no minimum of sessions.
			// Formed this school year, so no past year of it is judged.
			LocalDate formed = year.start().plusDays(10).isAfter(today) ? today : year.start().plusDays(10);
			Association group = Association.open(school, "Санариптик билим берүү боюнча чыгармачыл топ",
					AssociationKind.CREATIVE_GROUP, List.of(),
					"Сабакта санариптик ресурстарды колдонуунун натыйжалуулугу", new OrderReference("16", formed), formed);
			for (String member : List.of("Усенов Тимур", "Каримов Эрлан", "Мамытова Чолпон")) {
				group.admit(person(member), formed);
			}
			group.electHead(person("Усенов Тимур"), new OrderReference("16/1", formed), formed);
			group = associations.save(group);
			heldSession(group, formed, new String[] { "Топтун иш планы", "Санариптик ресурстардын тизмеси" }, true);
			sessions.save(Session.schedule(associations.findById(group.getId()).orElseThrow(), today.plusDays(18),
					LocalTime.of(15, 30), "Информатика кабинети", agenda(new String[] {
							"Электрондук тапшырмалардын банкы: биринчи жыйынтыктар" }), today));

			LocalDate next = today.plusDays(10);
			sessions.save(Session.schedule(associations.findById(classTeachers.getId()).orElseThrow(), next,
					LocalTime.of(15, 0), "Мугалимдер бөлмөсү", agenda(new String[] { "Буллингдин алдын алуу боюнча иш" }), today));
		}

		private Association open(String name, AssociationKind kind, List<String> subjects, String order, LocalDate on,
				List<String> members, String head, boolean elected) {
			Association association = Association.open(school, name, kind, subjects, new OrderReference(order, on), on);
			for (String member : members) {
				association.admit(person(member), on);
			}
			OrderReference headOrder = new OrderReference(order + "/1", on);
			if (elected) {
				association.electHead(person(head), headOrder, on);
			}
			else {
				association.appointHead(person(head), headOrder, on);
			}
			return association;
		}

		private Session heldSession(Association association, LocalDate date, String[] agenda, boolean sign) {
			Association current = associations.findById(association.getId()).orElse(association);
			Session session = Session.schedule(current, date, LocalTime.of(14, 30), "21-кабинет", agenda(agenda), date);
			Set<StaffId> present = new HashSet<>(current.currentMembers());
			Map<StaffId, String> absenceReasons = Map.of();
			if (present.size() > 2) {
				StaffId absent = current.currentMembers().get(current.currentMembers().size() - 1);
				present.remove(absent);
				absenceReasons = Map.of(absent, "Квалификацияны жогорулатуу курсунда");
			}
			session.hold(current, present, absenceReasons, date);
			session = sessions.save(session);
			Protocol protocol = Protocol.draft(session, current);
			protocol.write(protocol.entries().stream().map(entry -> new ProtocolEntry(entry.question(),
					"Маселе боюнча баяндамачы маалымат берди, мүчөлөр талкуулашты.",
					"Маалымат эске алынсын. Сунуштар иш планга киргизилсин.",
					"Ар бир мүчө өз тажрыйбасын бөлүшсүн.")).toList());
			if (sign) {
				ZoneId zone = schoolTime.zone(school);
				protocol.sign(Signatory.HEAD, current.head().orElseThrow(), date.atTime(16, 0).atZone(zone).toInstant(), zone);
				current.secretary().ifPresent(secretary -> protocol.sign(Signatory.SECRETARY, secretary,
						date.atTime(16, 5).atZone(zone).toInstant(), zone));
				sessionManagement.freezeIfSigned(protocol);
			}
			protocols.save(protocol);
			return session;
		}

		private void activity(Association association, ActivityKind kind, String title, String responsible,
				String visited, LocalDate date, String classGroup, boolean held) {
			activity(association, kind, title, responsible, visited, date, classGroup, held, null);
		}

		private Activity activity(Association association, ActivityKind kind, String title, String responsible,
				String visited, LocalDate date, String classGroup, boolean held, Activity seminar) {
			Association current = associations.findById(association.getId()).orElse(association);
			LocalDate scheduledOn = held ? date : today;
			Activity activity = Activity.schedule(current, new Activity.Plan(kind, title, person(responsible),
					visited == null ? null : person(visited), date, null, LocalTime.of(10, 0), classGroup, null,
					seminar == null ? null : seminar.getId()), seminar, scheduledOn);
			if (held) {
				activity.markHeld("Өткөрүлдү; катышуучулар жана окуучулар оң баа беришти.", date);
			}
			return activities.save(activity);
		}

		private static List<AgendaItem> agenda(String[] titles) {
			return java.util.Arrays.stream(titles).map(title -> new AgendaItem(title, null)).toList();
		}

		/** A month and day inside the school year: September to December in its first calendar year. */
		private static LocalDate dateIn(SchoolYear year, int[] monthDay) {
			int calendarYear = monthDay[0] >= 9 ? year.startYear() : year.startYear() + 1;
			return LocalDate.of(calendarYear, monthDay[0], monthDay[1]);
		}
	}
}
