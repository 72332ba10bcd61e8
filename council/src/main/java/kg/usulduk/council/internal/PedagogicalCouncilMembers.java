package kg.usulduk.council.internal;

import java.time.LocalDate;

import kg.usulduk.council.CouncilBody;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffJoined;
import kg.usulduk.school.StaffLeft;
import kg.usulduk.school.SchoolTime;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The pedagogical council is made of the school's pedagogical staff: a teacher who joins the school takes a seat on
 * the current year's council, one who leaves gives it up. Applying an event twice changes nothing.
 */
@Component
class PedagogicalCouncilMembers {

	private final Councils councils;
	private final SchoolTime schoolTime;

	PedagogicalCouncilMembers(Councils councils, SchoolTime schoolTime) {
		this.councils = councils;
		this.schoolTime = schoolTime;
	}

	@ApplicationModuleListener
	void on(StaffJoined event) {
		if (event.teachingSince() == null) {
			return; // not a pedagogue
		}
		LocalDate today = schoolTime.today(event.school());
		councils.findBySchoolIdAndSchoolYearAndBody(event.school(), SchoolYear.of(today).startYear(),
				CouncilBody.PEDAGOGICAL).filter(council -> !council.isMember(event.staff())).ifPresent(council -> {
					council.seat(event.staff(), kg.usulduk.council.MemberRole.PEDAGOGICAL_STAFF, today);
					councils.save(council);
				});
	}

	@ApplicationModuleListener
	void on(StaffLeft event) {
		councils.findBySchoolIdAndSchoolYearAndBody(event.school(), SchoolYear.of(event.leftOn()).startYear(),
				CouncilBody.PEDAGOGICAL).ifPresent(council -> {
					if (council.staffLeft(event.staff(), event.leftOn())) {
						councils.save(council);
					}
				});
	}
}
