package kg.usulduk.council.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;

import kg.usulduk.council.CouncilEventKind;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The council decides by the day it is at its school, not at the server (issue 13): the server runs in UTC at 20:00
 * on 1 December, which is 02:00 on 2 December in Bishkek, the test school's zone.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class SchoolDayIntegrationTests {

	static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);
	static final LocalDate SECOND_OF_DECEMBER = LocalDate.of(2026, 12, 2);

	@TestBean Clock clock;
	@Autowired TestSchools testSchools;
	@Autowired CouncilManagement councils;
	@Autowired CouncilEventManagement events;

	static Clock clock() {
		return Clock.fixed(Instant.parse("2026-12-01T20:00:00Z"), ZoneOffset.UTC);
	}

	CouncilEvent.Plan dayOn(LocalDate day, SchoolUser responsible) {
		return new CouncilEvent.Plan(CouncilEventKind.METHODOLOGICAL_DAY, "Усулдук күн", null, day, null,
				LocalTime.of(10, 0), "Акт залы", responsible.staffId(), CouncilEvent.Audience.STAFF, null, null);
	}

	@Test
	void atTwoInTheMorningInBishkekTheFirstOfDecemberHasPassedForTheCouncilsEventsAndTheSecondIsToday() {
		TestSchool school = testSchools.register();
		SchoolUser chair = school.deputy();
		Council council = councils.form(chair, new SchoolYear(2026), null);

		assertThatThrownBy(() -> events.schedule(chair, council.getId(), dayOn(FIRST_OF_DECEMBER, chair)))
				.as("the server's today, the school's yesterday").isInstanceOf(RuleViolation.class)
				.hasMessageContaining("council.event.past");
		CouncilEvent today = events.schedule(chair, council.getId(), dayOn(SECOND_OF_DECEMBER, chair));
		today = events.hold(chair, today.getId(), today.version(), new CouncilEvent.Outcome("Өттү", 12, null));

		assertThat(today.status()).as("held on the school's today, which the server calls tomorrow")
				.isEqualTo(CouncilEvent.Status.HELD);
	}
}
