package kg.usulduk.bench.generate;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * One generated school: its people, and the facts each context's writer leaves for the writers after it (the
 * calendar needs the sessions the associations and the council hold), as the events would carry them in the app.
 */
final class SchoolData {

	private static final String[] SURNAMES = { "Абдыкадыров", "Асанова", "Бакиров", "Жумабаева", "Исаков", "Касымова",
			"Мамытов", "Омурбекова", "Сыдыков", "Токтогулова", "Уметов", "Эсенгулова", "Иванова", "Ким" };
	private static final String[] GIVEN = { "Айбек", "Айгүл", "Бакыт", "Гүлнара", "Данияр", "Жылдыз", "Нурлан",
			"Назгүл", "Талант", "Чолпон", "Эрмек", "Асель" };

	final World world;
	final int index;
	final World.District district;
	final Random random;
	final UUID id;
	final String name;
	final List<Person> staff = new ArrayList<>();

	// Left by the association writer
	final List<AssociationFact> associations = new ArrayList<>();
	final List<SessionFact> sessions = new ArrayList<>();
	final List<ActivityFact> activities = new ArrayList<>();
	// Left by the council writer
	final List<SessionFact> councilSessions = new ArrayList<>();
	final List<SessionPlanFact> sessionPlans = new ArrayList<>();
	UUID currentCouncil;
	// For the load run's feeder
	UUID feedSession;
	UUID feedProtocol;
	UUID feedCouncilSession;
	String feedToken;

	SchoolData(World world, int index, World.District district) {
		this.world = world;
		this.index = index;
		this.district = district;
		this.random = new Random(world.seed() * 1_000_003L + index);
		this.id = uuid();
		this.name = "№" + (index + 1) + " орто мектеби";
		// 90,000 staff over 2,300 schools: 20 to 58 people, 39 on average.
		int people = 20 + random.nextInt(39);
		for (int j = 0; j < people; j++) {
			String role = switch (j) {
				case 0 -> "DIRECTOR";
				case 1 -> "DEPUTY";
				case 2 -> "ADMIN";
				default -> "TEACHER";
			};
			String fullName = SURNAMES[random.nextInt(SURNAMES.length)] + " " + GIVEN[random.nextInt(GIVEN.length)];
			staff.add(new Person(uuid(), uuid(), fullName, role, username(index, j), j));
		}
	}

	/** The sign-in name of a school's j-th person: {@code s17p1} is the deputy of the 17th school. */
	static String username(int school, int person) {
		return "s" + (school + 1) + "p" + person;
	}

	UUID uuid() {
		return World.uuid(random);
	}

	Person director() {
		return staff.get(0);
	}

	Person deputy() {
		return staff.get(1);
	}

	/** The teachers: everyone but the director, the deputy and the administrator. */
	List<Person> teachers() {
		return staff.subList(3, staff.size());
	}

	record Person(UUID id, UUID accountId, String fullName, String role, String username, int number) {
	}

	record AssociationFact(UUID id, String name, String kind, List<Person> members, Person head, Person secretary) {
	}

	/** A session (an association's or the council's) as the calendar receives it. */
	record SessionFact(UUID id, UUID body, String title, LocalDate date, LocalTime time, boolean held,
			List<Person> people) {
	}

	/** 003 §5.1: the council's plan of sessions, approved at its first session. */
	record SessionPlanFact(UUID council, int year, LocalDate approvedOn, UUID session, UUID protocol) {
	}

	record ActivityFact(UUID id, UUID association, String kind, String title, LocalDate date, LocalDate until,
			boolean held, List<Person> people) {
	}
}
