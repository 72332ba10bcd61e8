package kg.usulduk.planning.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kg.usulduk.association.DemoAssociationsCreated;
import kg.usulduk.planning.internal.thematic.ThematicPlan;
import kg.usulduk.planning.internal.thematic.ThematicPlans;
import kg.usulduk.planning.internal.thematic.Topic;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.SchoolTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo school's planning: the school's methodological theme of the year and two calendar-thematic plans, one
 * approved and partly taught, one waiting for the association's discussion. The calendar fills itself from the
 * other contexts' demo events.
 */
@Component
class DemoPlanning {

	private static final Logger log = LoggerFactory.getLogger(DemoPlanning.class);

	private final JdbcClient jdbc;
	private final ThematicPlans thematicPlans;
	private final StaffDirectory staff;
	private final SchoolTime schoolTime;

	DemoPlanning(JdbcClient jdbc, ThematicPlans thematicPlans, StaffDirectory staff, SchoolTime schoolTime) {
		this.jdbc = jdbc;
		this.thematicPlans = thematicPlans;
		this.staff = staff;
		this.schoolTime = schoolTime;
	}

	@ApplicationModuleListener
	void on(DemoAssociationsCreated event) {
		SchoolYear year = event.year();
		if (!thematicPlans.findBySchoolIdAndSchoolYearOrderBySubjectAscClassGroupAsc(event.school(), year.startYear())
				.isEmpty()) {
			return; // already created
		}
		Map<String, StaffId> people = staff.activeStaff(event.school()).stream().collect(Collectors.toMap(
				card -> card.fullName().split(" ")[0] + " " + card.fullName().split(" ")[1], StaffCard::id, (a, b) -> a));
		LocalDate today = schoolTime.today(event.school());
		jdbc.sql("""
				insert into planning.school_themes (school_id, school_year, theme, goal, priorities, tasks, set_by, version)
				values (:school, :year, :theme, :goal, :priorities, :tasks, :by, 0) on conflict do nothing
				""").param("school", event.school().value()).param("year", year.startYear())
				.param("theme", "Окуучулардын функционалдык сабаттуулугун өнүктүрүүдө мугалимдин кесиптик компетенттүүлүгү")
				.param("goal", "Мугалимдердин кесиптик чеберчилигин жогорулатуу аркылуу окуучулардын билим сапатын көтөрүү")
				.param("priorities", "Практикага багытталган окутуу; санариптик сабаттуулук; жаш мугалимдерди колдоо")
				.param("tasks", "1. Ар бир бирикмеде практикалык семинар.\n2. Ачык сабактардын жуптук анализи.\n3. Олимпиадага даярдоо системасы.")
				.param("by", people.get("Бекова Айгүл").value()).update();

		ThematicPlan algebra = ThematicPlan.submit(event.school(), people.get("Жумабаев Нурлан"), year, "Алгебра", "8А",
				List.of(new Topic("Квадраттык тамырлар", 8, year.start().plusDays(30), null),
						new Topic("Квадраттык теңдемелер", 12, year.start().plusDays(75), null),
						new Topic("Виет теоремасы", 4, year.start().plusDays(110), null),
						new Topic("Рационалдык теңдемелер", 10, year.start().plusDays(170), null),
						new Topic("Барабарсыздыктар", 12, year.start().plusDays(230), null)));
		algebra.discussed("Математика бирикмесинин отурумунда талкууланды; сааттар программага ылайык.");
		algebra.approve(people.get("Бекова Айгүл"), year.start().plusDays(10));
		for (int i = 0; i < algebra.topics().size(); i++) {
			LocalDate due = algebra.topics().get(i).plannedBy();
			if (due.isBefore(today.minusDays(20))) {
				algebra.taught(i, due.minusDays(2));
			}
		}
		thematicPlans.save(algebra);
		thematicPlans.save(ThematicPlan.submit(event.school(), people.get("Усенов Тимур"), year, "Информатика", "7Б",
				List.of(new Topic("Алгоритм жана анын касиеттери", 4, year.start().plusDays(40), null),
						new Topic("Python тилинде алгачкы программалар", 10, year.start().plusDays(120), null),
						new Topic("Шарттар жана циклдер", 10, year.start().plusDays(200), null))));
		log.info("Added the demo school's theme and calendar-thematic plans");
	}
}
