package kg.usulduk.mentorship.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.association.DemoAssociationsCreated;
import kg.usulduk.mentorship.MeetingKind;
import kg.usulduk.mentorship.PlanOwner;
import kg.usulduk.mentorship.ReportKind;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolTime;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.papers.FrozenPaper;
import kg.usulduk.school.papers.PaperFreezer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The demo school's mentorship (plan IV.1), once its associations exist: last school year's pair completed with its
 * order, plans, meetings, reports and result (the computer science teacher, then in his first year, with the physics
 * teacher), and this year's in progress (the young English teacher with the Russian teacher): proposed by her
 * association's head, assigned by the director's order, plans approved, a few meetings with a lesson visit each way,
 * and one still to come. Built through the aggregates' own acts, so every rule holds and every event is published;
 * the dates are relative to the day the demo is created. The computer science teacher, young still and without a
 * mentor this year, is on the deputy's list.
 */
@Component
class DemoMentorships {

	private static final Logger log = LoggerFactory.getLogger(DemoMentorships.class);

	private final Mentorships mentorships;
	private final MentorOrders orders;
	private final StaffDirectory staff;
	private final SchoolDirectory schools;
	private final AssociationDirectory associations;
	private final PaperFreezer freezer;
	private final SchoolTime schoolTime;

	DemoMentorships(Mentorships mentorships, MentorOrders orders, StaffDirectory staff, SchoolDirectory schools,
			AssociationDirectory associations, PaperFreezer freezer, SchoolTime schoolTime) {
		this.mentorships = mentorships;
		this.orders = orders;
		this.staff = staff;
		this.schools = schools;
		this.associations = associations;
		this.freezer = freezer;
		this.schoolTime = schoolTime;
	}

	@ApplicationModuleListener
	void on(DemoAssociationsCreated event) {
		SchoolId school = event.school();
		if (!orders.findBySchoolIdOrderByDateDesc(school).isEmpty()) {
			return; // already created: a republished event must not double the demo
		}
		SchoolProfile profile = schools.find(school).orElseThrow();
		Map<String, StaffCard> people = staff.activeStaff(school).stream().collect(Collectors.toMap(
				card -> card.fullName().split(" ")[0] + " " + card.fullName().split(" ")[1], Function.identity(),
				(a, b) -> a));
		LocalDate today = schoolTime.today(profile);
		new Builder(profile, people, associations.openAssociations(school), today).build();
		log.info("Added the demo mentorships to the demo school");
	}

	private final class Builder {

		private final SchoolProfile school;
		private final Map<String, StaffCard> people;
		private final List<AssociationCard> associations;
		private final LocalDate today;
		private final StaffId director;
		private final StaffId deputy;

		Builder(SchoolProfile school, Map<String, StaffCard> people, List<AssociationCard> associations,
				LocalDate today) {
			this.school = school;
			this.people = people;
			this.associations = associations;
			this.today = today;
			this.director = person("Асанова Гүлнара").id();
			// 001 §9: the deputy for methodological work controls the associations, and so the mentorship.
			this.deputy = person("Бекова Айгүл").id();
		}

		StaffCard person(String name) {
			StaffCard card = people.get(name);
			if (card == null) {
				throw new IllegalStateException("The demo school has no " + name);
			}
			return card;
		}

		AssociationCard associationOf(StaffCard young) {
			return associations.stream().filter(a -> a.members().contains(young.id())).findFirst()
					.orElseThrow(() -> new IllegalStateException("No demo association has " + young.fullName()));
		}

		void build() {
			completedLastYear();
			inProgress();
		}

		/** Last school year: the whole term, from the proposal to the reports heard and the result. */
		private void completedLastYear() {
			SchoolYear last = SchoolYear.of(today).previous();
			LocalDate start = last.start();
			Mentorship pair = proposed(person("Усенов Тимур"), person("Осмонов Бакыт"), person("Жумабаев Нурлан").id(),
					start.plusDays(3));
			pair = assigned(pair, "52", start.plusDays(7), last);
			plans(pair, start, List.of(
					"Нормативдик документтер жана информатика боюнча мамлекеттик стандарт менен таанышуу",
					"Календардык-тематикалык планды бирге түзүү", "Сабакты пландоо: максаттар жана натыйжалар",
					"Жаш мугалимдин ачык сабагы (8-класс)"), List.of("Насаатчынын физика сабактарына катышуу",
					"Өз алдынча билим алуу темасы: «Python тилинде программалоону 8-класста окутуу»",
					"Ачык сабакка даярдануу"));
			approve(pair, start.plusDays(20));
			meet(pair, MeetingKind.CONSULTATION, "Календардык-тематикалык план жана сабактын планы", start.plusDays(30), 60, null);
			meet(pair, MeetingKind.MENTOR_VISITS_LESSON, "«Алгоритм жана анын касиеттери», 8-класс", start.plusDays(60), 45,
					"Сабактын максаты так коюлган; убакыт туура бөлүштүрүлгөн эмес: практикалык бөлүккө убакыт жетпей калды. Сунуш: тапшырмаларды деңгээлдер боюнча бөлүү.");
			meet(pair, MeetingKind.YOUNG_TEACHER_VISITS_LESSON, "«Ньютондун экинчи мыйзамы», 9-класс", start.plusDays(120), 45,
					"Окуучулардын өз алдынча эксперименти; суроолор менен жыйынтыктоо. Өз сабагымда колдоном.");
			meet(pair, MeetingKind.JOINT_LESSON_PLANNING, "Ачык сабакты бирге пландоо", start.plusDays(200), 90, null);
			LocalDate reports = last.end().minusDays(25);
			pair.submitReport(ReportKind.YOUNG_TEACHER_REPORT, pair.youngTeacher(),
					"Насаатчынын жардамы менен календардык-тематикалык план түздүм, 8-класста ачык сабак өттүм, "
							+ "сабактын структурасын жана баалоону өздөштүрдүм. Кыйынчылык: класстагы тартип.",
					reports);
			pair.submitReport(ReportKind.MENTOR_REFERENCE, pair.mentor(),
					"Усенов Т. А. жоопкерчиликтүү, санариптик каражаттарды жакшы колдонот; сабакты пландоо жана "
							+ "баалоо боюнча олуттуу өсүш бар. Класс башкарууну андан ары өнүктүрүү сунушталат.",
					reports.plusDays(2));
			pair.complete("Насаатчылык ийгиликтүү аяктады: план аткарылды, ачык сабак жогору бааланды. "
					+ "Кийинки жылы өз алдынча иштөөгө сунушталат.", null, last.end().minusDays(12));
			mentorships.save(pair);
		}

		/** This school year: proposed, assigned, plans approved, meetings so far and one to come. */
		private void inProgress() {
			SchoolYear year = SchoolYear.of(today);
			LocalDate start = year.start();
			long span = Math.max(0, ChronoUnit.DAYS.between(start, today));
			// Spread over the part of the term gone by (the demo may be created on any day of the year).
			Function<Double, LocalDate> at = share -> {
				LocalDate day = start.plusDays(Math.round(span * share));
				return day.isAfter(year.end()) ? year.end() : day;
			};
			StaffCard young = person("Мамытова Чолпон");
			Mentorship pair = proposed(young, person("Абдыкадырова Айпери"), associationOf(young).head(), at.apply(0.0));
			pair = assigned(pair, "47", at.apply(0.05), year);
			plans(pair, start, List.of("Нормативдик документтер менен таанышуу",
					"Англис тилинен календардык-тематикалык планды текшерүү", "Жаш мугалимдин сабактарына катышуу",
					"Жаш мугалимдин ачык сабагы"), List.of("Насаатчынын орус тили сабактарына катышуу",
					"Өз алдынча билим алуу темасы: «Англис тили сабагында оюн технологиялары»",
					"Окуучулардын билимин баалоо критерийлерин өздөштүрүү"));
			approve(pair, at.apply(0.15));
			meet(pair, MeetingKind.CONSULTATION, "Календардык-тематикалык план; окуучулардын дептерлерин текшерүү",
					at.apply(0.2), 60, null);
			meet(pair, MeetingKind.MENTOR_VISITS_LESSON, "«My family», 5-класс", at.apply(0.4), 45,
					"Сабак англис тилинде жандуу өттү; тапшырмалардын көрсөтмөлөрү узун. Сунуш: көрсөтмөнү кыска берип, үлгү көрсөтүү.");
			meet(pair, MeetingKind.YOUNG_TEACHER_VISITS_LESSON, "«Сын атооч», 6-класс", at.apply(0.6), 45,
					"Топтук иштин уюштурулушу, баалоо барагы. Өз сабагымда жуптук иш менен колдоном.");
			LocalDate next = today.plusDays(7);
			if (!next.isAfter(pair.termEnd())) {
				meet(pair, MeetingKind.JOINT_LESSON_PLANNING, "Ачык сабакты бирге пландоо", next, 60, null);
			}
			mentorships.save(pair);
		}

		private Mentorship proposed(StaffCard young, StaffCard mentor, StaffId head, LocalDate on) {
			AssociationCard association = associationOf(young);
			Mentorship pair = Mentorship.propose(school.id(), association.id(), association.members(),
					new Mentorship.Proposal(young, mentor, null),
					new Mentorship.Limits(school.settings().youngTeacherYears(),
							MentorshipSettings.DEFAULT_MENTOR_MINIMUM_YEARS, MentorshipSettings.DEFAULT_MAXIMUM_MENTEES),
					0, false, head, on);
			pair.accept(mentor.id(), on.plusDays(1));
			return mentorships.save(pair);
		}

		private Mentorship assigned(Mentorship pair, String number, LocalDate date, SchoolYear year) {
			StaffCard mentor = people.values().stream().filter(c -> c.id().equals(pair.mentor())).findFirst().orElseThrow();
			StaffCard young = people.values().stream().filter(c -> c.id().equals(pair.youngTeacher())).findFirst()
					.orElseThrow();
			OrderRow row = new OrderRow(pair.getId(), mentor.id(), mentor.fullName(), String.join(", ", mentor.subjects()),
					mentor.category() == null ? "" : mentor.category().name(), mentor.yearsOfExperience(date), young.id(),
					young.fullName(), String.join(", ", young.subjects()), young.teachingSince());
			java.time.Instant signed = date.atTime(10, 0).atZone(school.settings().timeZone()).toInstant();
			FrozenPaper paper = freezer.freeze(school.id(), "", List.of(), List.of(),
					List.of(mentor.id(), young.id(), deputy),
					List.of(new PaperFreezer.Signed("mentorship.order.signedBy", director, signed)), signed);
			MentorOrder order = orders.save(MentorOrder.assigning(school.id(),
					new MentorOrder.Heading(number, date,
							"Усулдук бирикменин сунушу жана насаатчынын макулдугу (пландын IV.1.А бөлүмү)",
							year.start(), year.end(), deputy, null),
					List.of(row), director, paper, date));
			order.applyTo(List.of(pair));
			return mentorships.save(pair);
		}

		private void plans(Mentorship pair, LocalDate start, List<String> mentors, List<String> young) {
			YearMonth first = YearMonth.from(start);
			for (int i = 0; i < mentors.size(); i++) {
				pair.planItem(PlanOwner.MENTOR, first.plusMonths(i * 2L), mentors.get(i));
			}
			for (int i = 0; i < young.size(); i++) {
				pair.planItem(PlanOwner.YOUNG_TEACHER, first.plusMonths(i * 2L + 1), young.get(i));
			}
		}

		private void approve(Mentorship pair, LocalDate on) {
			StaffId head = associations.stream().filter(a -> a.id().equals(pair.associationId())).findFirst()
					.map(AssociationCard::head).orElse(deputy);
			pair.approvePlan(PlanOwner.MENTOR, head, on);
			pair.approvePlan(PlanOwner.YOUNG_TEACHER, head, on);
		}

		private void meet(Mentorship pair, MeetingKind kind, String topic, LocalDate on, int minutes, String observation) {
			pair.logMeeting(new Mentorship.MeetingRecord(kind, topic, on, LocalTime.of(14, 30), minutes, observation));
		}
	}
}
