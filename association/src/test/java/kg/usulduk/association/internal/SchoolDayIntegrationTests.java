package kg.usulduk.association.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.meetings.MeetingStatus;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.bean.override.convention.TestBean;

/**
 * The association decides by the day it is at its school, not at the server (issue 13): the server runs in UTC at
 * 20:00 on 1 December, which is 02:00 on 2 December in Bishkek, the test school's zone.
 */
@ApplicationModuleTest
class SchoolDayIntegrationTests {

	static final LocalDate FIRST_OF_DECEMBER = LocalDate.of(2026, 12, 1);
	static final LocalDate SECOND_OF_DECEMBER = LocalDate.of(2026, 12, 2);

	@TestBean Clock clock;
	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement management;
	@Autowired SessionManagement sessions;

	static Clock clock() {
		return Clock.fixed(Instant.parse("2026-12-01T20:00:00Z"), ZoneOffset.UTC);
	}

	@Test
	void atTwoInTheMorningInBishkekTheFirstOfDecemberHasPassedAndTheSecondsSessionMayBeHeld() {
		TestSchool school = testSchools.register();
		Association association = management.open(school.deputy(), new AssociationManagement.Opening(
				"Математика УБ", AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", FIRST_OF_DECEMBER)));
		association = management.admit(school.deputy(), association.getId(), null, school.teacher().staffId());
		association = management.electHead(school.deputy(), association.getId(), null, school.teacher().staffId(),
				new OrderReference("45/1", FIRST_OF_DECEMBER));
		var id = association.getId();
		List<AgendaItem> agenda = List.of(new AgendaItem("Жылдык план", null));

		assertThatThrownBy(() -> sessions.schedule(school.teacher(), id, FIRST_OF_DECEMBER, LocalTime.of(14, 30), "",
				agenda)).as("the server's today, the school's yesterday").isInstanceOf(RuleViolation.class);
		Session session = sessions.schedule(school.teacher(), id, SECOND_OF_DECEMBER, LocalTime.of(1, 0), "", agenda);
		session = sessions.hold(school.teacher(), session.getId(), session.version(), Set.of(school.teacher().staffId()));

		assertThat(session.status()).as("held on the school's today, which the server calls tomorrow")
				.isEqualTo(MeetingStatus.HELD);
	}
}
