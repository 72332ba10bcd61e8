package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import kg.usulduk.council.CouncilEventKind;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;

import org.springframework.stereotype.Component;

/**
 * The demo council's events (000 §2.3): a methodological day two weeks ago, held with its outcome, and pedagogical
 * readings over two days three weeks ahead, for all the staff. Added by {@link DemoCouncil} once its councils exist.
 */
@Component
class DemoCouncilEvents {

	private final Councils councils;
	private final CouncilEvents events;
	private final StaffDirectory staff;

	DemoCouncilEvents(Councils councils, CouncilEvents events, StaffDirectory staff) {
		this.councils = councils;
		this.events = events;
		this.staff = staff;
	}

	void addTo(SchoolId school, Map<String, StaffId> people, LocalDate today) {
		SchoolYear year = SchoolYear.of(today);
		Council council = councils.findBySchoolIdAndSchoolYear(school, year.startYear()).orElse(null);
		if (council == null) {
			return;
		}
		List<StaffId> everyone = staff.activeStaff(school).stream().map(StaffCard::id).toList();
		StaffId deputy = people.get("Бекова Айгүл");
		StaffId secretary = people.get("Токтосунова Жылдыз");

		LocalDate day = today.minusDays(14).isBefore(year.start()) ? year.start() : today.minusDays(14);
		CouncilEvent methodologicalDay = CouncilEvent.schedule(council, new CouncilEvent.Plan(
				CouncilEventKind.METHODOLOGICAL_DAY, "Усулдук күн: формативдик баалоо",
				"Сабакта формативдик баалоону колдонуу тажрыйбасы", day, null, LocalTime.of(9, 0), "Акт залы", deputy,
				CouncilEvent.Audience.STAFF, null, null), everyone, day);
		methodologicalDay.hold(new CouncilEvent.Outcome("""
				Алты ачык сабак көрсөтүлдү (математика, кыргыз тили, биология), ар бири талдоо менен.
				Тегерек столдо формативдик баалоонун ыкмалары талкууланды.
				Сунуш: ар бир бирикме экинчи жарым жылдыкта бирден ачык сабак өткөрсүн.""", 32,
				"Ачык сабактардын пландары жана баалоо барактары усулдук кабинетте."), day);
		events.save(methodologicalDay);

		LocalDate starts = today.plusDays(21);
		if (!year.contains(starts.plusDays(1))) {
			starts = year.end().minusDays(1);
		}
		if (starts.isBefore(today)) {
			return;
		}
		events.save(CouncilEvent.schedule(council, new CouncilEvent.Plan(CouncilEventKind.PEDAGOGICAL_READINGS,
				"Педагогикалык окуулар: окуучунун функционалдык сабаттуулугу",
				"Окуучулардын функционалдык сабаттуулугун калыптандыруу", starts, starts.plusDays(1), LocalTime.of(14, 0),
				"Китепкана", secretary, CouncilEvent.Audience.STAFF, null, null), everyone, today));
	}
}
