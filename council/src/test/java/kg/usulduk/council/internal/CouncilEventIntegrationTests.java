package kg.usulduk.council.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import kg.usulduk.council.CouncilEventKind;
import kg.usulduk.council.CouncilEventRescheduled;
import kg.usulduk.council.CouncilEventScheduled;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.MemberRole;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/** The council's events (000 §2.3) on a real PostgreSQL: who keeps them, what they refer to, what they publish. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CouncilEventIntegrationTests {

	@Autowired TestSchools testSchools;
	@Autowired CouncilManagement councils;
	@Autowired CouncilEventManagement events;
	@Autowired CouncilEventList list;
	@Autowired CouncilProtocols protocols;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	TestSchool school;
	SchoolUser chair;
	SchoolUser secretary;
	Council council;

	/** This year's council, chaired by the deputy, whose first session elected the teacher its secretary. */
	@BeforeEach
	void councilWithASecretary() {
		school = testSchools.register();
		chair = school.deputy();
		secretary = school.teacher();
		council = councils.form(chair, SchoolYear.of(TODAY), null);
		councils.seat(chair, council.getId(), null, secretary.staffId(), MemberRole.CREATIVE_GROUP);
		CouncilSession first = councils.schedule(chair, council.getId(), TODAY, LocalTime.of(15, 0), null,
				List.of(new AgendaItem("Катчыны шайлоо")), false);
		councils.hold(chair, first.getId(), null, Set.of(chair.staffId(), secretary.staffId()));
		council = councils.electSecretary(chair, first.getId(), secretary.staffId());
	}

	CouncilEvent.Plan day(LocalDate startsOn, LocalDate endsOn, StaffId responsible) {
		return new CouncilEvent.Plan(CouncilEventKind.METHODOLOGICAL_DAY, "Усулдук күн", null, startsOn, endsOn,
				LocalTime.of(10, 0), "Акт залы", responsible, CouncilEvent.Audience.STAFF, null, null);
	}

	@Test
	void theChairTheSecretaryAndTheDirectorKeepTheCouncilsEventsAndEveryoneOfTheSchoolReadsThem() {
		SchoolUser colleague = testSchools.addPerson(school, kg.usulduk.school.Role.TEACHER, "Осмонов Бакыт");
		CouncilEvent event = events.schedule(chair, council.getId(), day(TODAY, null, secretary.staffId()));
		event = events.reschedule(secretary, event.getId(), event.version(), TODAY, TODAY.plusDays(1), null, null,
				"Эки күнгө созулат");
		event = events.hold(school.director(), event.getId(), event.version(),
				new CouncilEvent.Outcome("Ачык сабактар көрсөтүлдү", 24, null));

		assertThat(event.status()).isEqualTo(CouncilEvent.Status.HELD);
		assertThat(event.moves()).hasSize(1);
		assertThat(events.find(colleague, event.getId()).participants()).isEqualTo(24);
		assertThat(events.find(school.observer(), event.getId()).title()).isEqualTo("Усулдук күн");
		assertThatThrownBy(() -> events.schedule(colleague, council.getId(), day(TODAY, null, colleague.staffId())))
				.isInstanceOf(AccessDeniedException.class);
		assertThat(list.of(council.getId(), 0).getContent()).singleElement()
				.satisfies(row -> assertThat(row.endsOn()).isEqualTo(TODAY.plusDays(1)));
	}

	@Test
	void oneSchoolsUserNeitherSeesNorSchedulesAnotherSchoolsCouncilEvents() {
		CouncilEvent event = events.schedule(chair, council.getId(), day(TODAY, null, chair.staffId()));
		TestSchool other = testSchools.register();

		assertThatThrownBy(() -> events.find(other.director(), event.getId())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> events.schedule(other.deputy(), council.getId(), day(TODAY, null, chair.staffId())))
				.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> events.cancel(other.director(), event.getId(), null, "Себеп"))
				.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> events.schedule(chair, council.getId(), day(TODAY, null, other.teacher().staffId())))
				.as("the person responsible is staff of the school")
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("responsible"));
	}

	@Test
	void anEventRefersOnlyToADecisionOfTheCouncilsSignedProtocols() {
		CouncilSession session = councils.schedule(chair, council.getId(), TODAY, LocalTime.of(16, 0), null,
				List.of(new AgendaItem("Усулдук күн")), false);
		councils.hold(chair, session.getId(), null, Set.of(chair.staffId(), secretary.staffId()));
		CouncilProtocol draft = protocols.findBySessionId(session.getId()).get(0);
		CouncilEvent.Plan fromTheDraft = new CouncilEvent.Plan(CouncilEventKind.PEDAGOGICAL_READINGS, "Окуулар", null,
				TODAY, null, null, null, chair.staffId(), CouncilEvent.Audience.COUNCIL, session.getId(), 1);
		assertThatThrownBy(() -> events.schedule(chair, council.getId(), fromTheDraft))
				.as("the protocol is not signed yet")
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("council.event.decisionUnknown"));

		councils.writeProtocol(chair, draft.getId(), null, List.of(new CouncilProtocolEntry("Усулдук күн", "Угулду",
				"Педагогикалык окуулар өткөрүлсүн", DecisionKind.GENERAL, null, null, null, null, 2, 0, 0)));
		councils.sign(chair, draft.getId(), null);
		councils.sign(secretary, draft.getId(), null);

		CouncilEvent event = events.schedule(chair, council.getId(), fromTheDraft);
		assertThat(event.decisionSession()).isEqualTo(session.getId());
		assertThat(event.decisionItem()).isEqualTo(1);
	}

	@Test
	void aMoveOverAVersionThatChangedMeanwhileIsRefused() {
		CouncilEvent event = events.schedule(chair, council.getId(), day(TODAY.plusDays(3), null, chair.staffId()));
		events.reschedule(chair, event.getId(), event.version(), TODAY.plusDays(4), null, null, null, "Себеп");

		assertThatThrownBy(() -> events.reschedule(secretary, event.getId(), event.version(), TODAY.plusDays(5), null,
				null, null, "Башка себеп")).isInstanceOf(OptimisticLockingFailureException.class);
	}

	@Test
	void schedulingAndMovingPublishTheEventsForTheCalendarWithEveryoneOfTheStaff(Scenario scenario) {
		List<StaffId> staff = List.of(chair.staffId(), secretary.staffId(), school.director().staffId());
		CouncilEvent[] scheduled = new CouncilEvent[1];
		scenario.stimulate(() -> scheduled[0] = events.schedule(chair, council.getId(),
				day(TODAY.plusDays(3), TODAY.plusDays(4), secretary.staffId())))
				.andWaitForEventOfType(CouncilEventScheduled.class)
				.toArriveAndVerify(event -> {
					assertThat(event.startsOn()).isEqualTo(TODAY.plusDays(3));
					assertThat(event.endsOn()).isEqualTo(TODAY.plusDays(4));
					assertThat(event.invited()).containsAll(staff);
				});
		scenario.stimulate(() -> events.reschedule(chair, scheduled[0].getId(), null, TODAY.plusDays(5), null, null,
				null, "Карантин"))
				.andWaitForEventOfType(CouncilEventRescheduled.class)
				.toArriveAndVerify(event -> {
					assertThat(event.previousStartsOn()).isEqualTo(TODAY.plusDays(3));
					assertThat(event.endsOn()).as("moved as one day").isEqualTo(TODAY.plusDays(5));
				});
	}
}
