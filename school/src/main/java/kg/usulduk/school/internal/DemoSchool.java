package kg.usulduk.school.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kg.usulduk.school.DemoSchoolCreated;
import kg.usulduk.school.Education;
import kg.usulduk.school.Language;
import kg.usulduk.school.QualificationCategory;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolYear;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo: a school with Kyrgyz staff and one account per role, plus a neighbour school in the same district
 * for the district observer. Created once, on the first start in demo mode; the logins are printed at every
 * start. Other contexts add their part when {@link DemoSchoolCreated} is published.
 */
@Component
@Conditional(DemoMode.class)
class DemoSchool {

	static final String PASSWORD = "usulduk-demo";
	static final String NAME = "Чыңгыз Айтматов атындагы орто мектеп";
	static final String DISTRICT = "Бишкек шаары, Свердлов району";

	private static final Logger log = LoggerFactory.getLogger(DemoSchool.class);

	private final Schools schools;
	private final Districts districts;
	private final Operators operators;
	private final StaffMembers staff;
	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final ApplicationEventPublisher events;
	private final TransactionTemplate transactions;
	private final Clock clock;
	private final Environment environment;
	private final BootstrapLock bootstrapLock;

	DemoSchool(Schools schools, Districts districts, Operators operators, StaffMembers staff, Accounts accounts,
			PasswordEncoder passwords, ApplicationEventPublisher events, TransactionTemplate transactions, Clock clock,
			Environment environment, BootstrapLock bootstrapLock) {
		this.bootstrapLock = bootstrapLock;
		this.schools = schools;
		this.districts = districts;
		this.operators = operators;
		this.staff = staff;
		this.accounts = accounts;
		this.passwords = passwords;
		this.events = events;
		this.transactions = transactions;
		this.clock = clock;
		this.environment = environment;
	}

	private record Person(String name, String position, List<String> subjects, QualificationCategory category,
			int startedYearsAgo, String email, Role role, String login) {

		Person(String name, String position, List<String> subjects, QualificationCategory category, int startedYearsAgo,
				String email, Role role) {
			this(name, position, subjects, category, startedYearsAgo, email, role,
					role == null ? null : role == Role.DISTRICT_OBSERVER ? "observer" : role.name().toLowerCase());
		}
	}

	@EventListener(ApplicationReadyEvent.class)
	void createOnceAndPrintLogins() {
		transactions.executeWithoutResult(status -> {
			// Two instances starting at once on a fresh database: the second waits here and then finds the demo.
			bootstrapLock.acquire();
			if (!accounts.usernameTaken("director")) {
				create();
			}
		});
		String port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
		StringBuilder banner = new StringBuilder("\n\n  Usulduk is running: http://localhost:" + port + "/\n")
				.append("  Demo mode (embedded database). Demo logins, all with the password '").append(PASSWORD).append("':\n");
		for (String login : List.of("admin", "director", "deputy", "deputy2", "teacher", "observer", "operator")) {
			banner.append("    ").append(login).append('\n');
		}
		banner.append("  Never keep real data in demo mode: see README, 'Configuration'.\n");
		log.info(banner.toString());
	}

	private void create() {
		// The demo school keeps the default zone.
		LocalDate today = LocalDate.now(clock.withZone(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE));
		District district = districts.named(DISTRICT);
		School school = schools.save(School.register(NAME, "12", district.getId()));
		Map<String, StaffMember> people = new LinkedHashMap<>();
		for (Person person : people()) {
			StaffMember member = staff.save(StaffMember.join(school.getId(),
					new StaffProfile(person.name(), person.position(), person.subjects(), Education.HIGHER,
							person.category(), person.startedYearsAgo() < 0 ? null : today.minusYears(person.startedYearsAgo()).withDayOfMonth(1),
							person.email(), Language.KY),
					today));
			people.put(person.email(), member);
			if (person.role() != null) {
				String login = person.login();
				boolean observer = person.role() == Role.DISTRICT_OBSERVER;
				Account account = Account.open(school.getId(), member.getId(), login, passwords.encode(PASSWORD),
						Set.of(observer ? Role.TEACHER : person.role()));
				if (observer) {
					// In a real deployment the deployment's administrator grants this on the districts page.
					account.grantObservation(district.getId());
				}
				accounts.save(account);
			}
		}
		// The deputies' duties split between the two deputies, as the regulations name them: the deputy for teaching
		// and upbringing work agrees the plans and analyses the associations' year (001 §5.3, §5.7); the deputy for
		// methodological work controls the associations (001 §9) and chairs the council (003 §4.1).
		school.assignDuties(Map.of(
				kg.usulduk.school.DeputyDuty.AGREES_PLANS_AND_ANALYSES_YEAR, people.get("deputy2@school12.demo.kg").getId(),
				kg.usulduk.school.DeputyDuty.CONTROLS_ASSOCIATIONS, people.get("deputy@school12.demo.kg").getId(),
				kg.usulduk.school.DeputyDuty.CHAIRS_COUNCIL, people.get("deputy@school12.demo.kg").getId()));
		school = schools.save(school);
		School neighbour = schools.save(School.register("Токтогул Сатылганов атындагы гимназия", "5", district.getId()));
		// A school of another district: the observer never sees it.
		schools.save(School.register("Алыкул Осмонов атындагы мектеп-лицей", "3",
				districts.named("Бишкек шаары, Октябрь району").getId()));
		operators.save(Operator.create("operator", passwords.encode(PASSWORD), "Асанова Жамиля Бакытовна"));
		staff.save(StaffMember.join(neighbour.getId(), new StaffProfile("Дүйшөнбиева Айнура Маратовна",
				"Директор", List.of("Тарых"), Education.HIGHER, QualificationCategory.HIGHEST,
				today.minusYears(22), "director@gymnasium5.demo.kg", Language.KY), today));
		staff.save(StaffMember.join(neighbour.getId(), new StaffProfile("Ибраимов Бекболот Жээнбекович",
				"Математика мугалими", List.of("Математика"), Education.HIGHER, QualificationCategory.FIRST,
				today.minusYears(9), "bekbolot@gymnasium5.demo.kg", Language.KY), today));
		events.publishEvent(new DemoSchoolCreated(school.getId(), SchoolYear.of(today)));
		log.info("Created the demo school '{}' with {} staff", school.name(), people.size());
	}

	private static List<Person> people() {
		List<Person> people = new ArrayList<>();
		people.add(new Person("Асанова Гүлнара Токтогуловна", "Директор", List.of("Кыргыз тили"),
				QualificationCategory.HIGHEST, 27, "director@school12.demo.kg", Role.DIRECTOR));
		people.add(new Person("Бекова Айгүл Сатыбалдиевна", "Директордун окуу-усулдук иштер боюнча орун басары",
				List.of("Математика"), QualificationCategory.HIGHEST, 19, "deputy@school12.demo.kg", Role.DEPUTY));
		people.add(new Person("Орозбаева Асель Кубатовна", "Директордун окуу-тарбия иштери боюнча орун басары",
				List.of("Тарых"), QualificationCategory.HIGHEST, 17, "deputy2@school12.demo.kg", Role.DEPUTY, "deputy2"));
		people.add(new Person("Жумабаев Нурлан Кубанычбекович", "Математика мугалими", List.of("Математика", "Алгебра", "Геометрия"),
				QualificationCategory.FIRST, 12, "nurlan.zhumabaev@school12.demo.kg", Role.TEACHER));
		people.add(new Person("Токтосунова Жылдыз Эрмековна", "Кыргыз тили жана адабияты мугалими",
				List.of("Кыргыз тили", "Кыргыз адабияты"), QualificationCategory.HIGHEST, 21, "zhyldyz.toktosunova@school12.demo.kg", null));
		people.add(new Person("Осмонов Бакыт Асанович", "Физика мугалими", List.of("Физика"),
				QualificationCategory.FIRST, 15, "bakyt.osmonov@school12.demo.kg", null));
		people.add(new Person("Мамытова Чолпон Бактыбековна", "Англис тили мугалими", List.of("Англис тили"),
				QualificationCategory.NONE, 1, "cholpon.mamytova@school12.demo.kg", null));
		people.add(new Person("Сыдыкова Назгүл Маратовна", "Башталгыч класстын мугалими", List.of("Башталгыч класс"),
				QualificationCategory.SECOND, 8, "nazgul.sydykova@school12.demo.kg", null));
		people.add(new Person("Каримов Эрлан Жоомартович", "Тарых мугалими", List.of("Тарых", "Адам жана коом"),
				QualificationCategory.FIRST, 11, "erlan.karimov@school12.demo.kg", null));
		people.add(new Person("Абдыкадырова Айпери Нурбековна", "Орус тили жана адабияты мугалими",
				List.of("Орус тили", "Орус адабияты"), QualificationCategory.SECOND, 6, "aiperi.abdykadyrova@school12.demo.kg", null));
		people.add(new Person("Усенов Тимур Алмазбекович", "Информатика мугалими", List.of("Информатика"),
				QualificationCategory.NONE, 2, "timur.usenov@school12.demo.kg", null));
		people.add(new Person("Исакова Бермет Кадырбековна", "Химия жана биология мугалими", List.of("Химия", "Биология"),
				QualificationCategory.FIRST, 14, "bermet.isakova@school12.demo.kg", null));
		people.add(new Person("Алиев Азамат Русланович", "Дене тарбия мугалими", List.of("Дене тарбия"),
				QualificationCategory.SECOND, 5, "azamat.aliev@school12.demo.kg", null));
		people.add(new Person("Сатаров Мирлан Болотович", "Системалык администратор", List.of(),
				QualificationCategory.NONE, -1, "admin@school12.demo.kg", Role.ADMIN));
		people.add(new Person("Эсенова Динара Талантбековна", "Райондук билим берүү бөлүмүнүн усулчусу", List.of(),
				QualificationCategory.NONE, -1, "dinara.esenova@district.demo.kg", Role.DISTRICT_OBSERVER));
		return people;
	}
}
