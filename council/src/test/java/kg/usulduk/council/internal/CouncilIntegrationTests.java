package kg.usulduk.council.internal;

import kg.usulduk.school.meetings.AgendaItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.council.CouncilProtocolSigned;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.MemberRole;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/** The council on a real PostgreSQL, with the association context it listens to. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CouncilIntegrationTests {

	@Autowired TestSchools testSchools;
	@Autowired CouncilManagement management;
	@Autowired Councils councils;
	@Autowired CouncilProtocols protocols;
	@Autowired CouncilTasks tasks;
	@Autowired DecisionRegister register;
	@Autowired AssociationManagement associations;
	@Autowired MemberVotes memberVotes;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	static final SchoolYear YEAR = SchoolYear.of(TODAY);

	record Setup(TestSchool school, Association association, StaffId head, StaffId colleague, Council council) {
	}

	/** A school with one association headed by a teacher, and the council of this year formed by the deputy. */
	Setup school() {
		TestSchool school = testSchools.register();
		StaffId head = testSchools.addTeacher(school.id(), "Жумабаев Нурлан", LocalDate.of(2012, 9, 1));
		StaffId colleague = testSchools.addTeacher(school.id(), "Осмонов Бакыт", LocalDate.of(2011, 9, 1));
		Association association = associations.open(school.deputy(), new AssociationManagement.Opening(
				"Математика УБ", AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", TODAY)));
		associations.admit(school.deputy(), association.getId(), null, head);
		associations.admit(school.deputy(), association.getId(), null, colleague);
		association = associations.electHead(school.deputy(), association.getId(), null, head,
				new OrderReference("45/1", TODAY));
		Council council = management.form(school.deputy(), YEAR, null);
		return new Setup(school, association, head, colleague, council);
	}

	static List<AgendaItem> agenda(String... titles) {
		return java.util.Arrays.stream(titles).map(AgendaItem::new).toList();
	}

	@Test
	void formingTheCouncilSeatsTheChairAndTheHeadsOfTheAssociations() {
		Setup setup = school();

		// 003 §3.1, §4.1
		assertThat(setup.council().chair()).isEqualTo(setup.school().deputy().staffId());
		assertThat(setup.council().currentSeats()).extracting(Seat::role, Seat::staffId)
				.contains(org.assertj.core.groups.Tuple.tuple(MemberRole.CHAIR, setup.school().deputy().staffId()),
						org.assertj.core.groups.Tuple.tuple(MemberRole.ASSOCIATION_HEAD, setup.head()));
		assertThatThrownBy(() -> management.form(setup.school().director(), YEAR, null))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("council.already"));
	}

	@Test
	void changingAnAssociationsHeadChangesTheCouncilThroughTheEvent(Scenario scenario) {
		Setup setup = school();

		// 003 §3.1: the heads sit on the council, kept current from the associations, never typed twice.
		scenario.stimulate(() -> associations.appointHead(setup.school().deputy(), setup.association().getId(), null,
				setup.colleague(), new OrderReference("46", TODAY)))
				.andWaitForStateChange(() -> councils.findById(setup.council().getId()).orElseThrow(),
						council -> council.isMember(setup.colleague()) && !council.isMember(setup.head()))
				.andVerify(council -> {
					assertThat(council.currentSeats()).filteredOn(seat -> seat.role() == MemberRole.ASSOCIATION_HEAD)
							.singleElement().satisfies(seat -> {
								assertThat(seat.staffId()).isEqualTo(setup.colleague());
								assertThat(seat.association()).isEqualTo(setup.association().getId());
							});
					assertThat(council.pastSeats()).extracting(Seat::staffId).containsExactly(setup.head());
				});
	}

	/** Holds a session today with the given members present; returns it with its draft protocol. */
	CouncilProtocol heldSession(Setup setup, Set<StaffId> present, String... agenda) {
		CouncilSession session = management.schedule(setup.school().deputy(), setup.council().getId(), TODAY,
				LocalTime.of(15, 0), "Мугалимдер бөлмөсү", agenda(agenda), false);
		management.hold(setup.school().deputy(), session.getId(), null, present);
		return protocols.findBySessionId(session.getId()).get(0);
	}

	@Test
	void theFirstSessionElectsTheSecretaryAndTheProtocolIsSignedWithItsVotedDecisions(Scenario scenario) {
		Setup setup = school();
		var chair = setup.school().deputy();
		Set<StaffId> present = Set.of(chair.staffId(), setup.head());
		CouncilProtocol draft = heldSession(setup, present, "Катчыны шайлоо", "Мугалимди категорияга сунуштоо");

		assertThatThrownBy(() -> management.writeAndSign(chair, draft.getId(), null, List.of(
				new CouncilProtocolEntry("Катчыны шайлоо", null, "Катчы шайлансын", DecisionKind.GENERAL, null, null,
						null, null, 2, 0, 0),
				new CouncilProtocolEntry("Мугалимди категорияга сунуштоо", null, "Сунушталсын",
						DecisionKind.RECOMMEND_TEACHER, setup.head(), null, null, null, 2, 0, 0,
						kg.usulduk.council.Recommendation.ATTESTATION_CATEGORY, "биринчи категория"))))
				.as("003 §5.4: no protocol is signed before the secretary is elected")
				.isInstanceOfSatisfying(RuleViolation.class,
						e -> assertThat(e.code()).isEqualTo("council.protocol.noSecretaryYet"));
		management.electSecretary(chair, draft.sessionId(), setup.head());

		management.writeAndSign(chair, draft.getId(), null, List.of(
				new CouncilProtocolEntry("Катчыны шайлоо", null, "Катчы шайлансын", DecisionKind.GENERAL, null, null,
						null, null, 2, 0, 0),
				new CouncilProtocolEntry("Мугалимди категорияга сунуштоо", null, "Сунушталсын",
						DecisionKind.RECOMMEND_TEACHER, setup.head(), null, null, null, 2, 0, 0,
						kg.usulduk.council.Recommendation.ATTESTATION_CATEGORY, "биринчи категория")));
		var secretary = new kg.usulduk.school.SchoolUser(java.util.UUID.randomUUID(), "secretary", null,
				setup.school().id(), setup.head(), "Жумабаев Нурлан", null,
				Set.of(kg.usulduk.school.Role.TEACHER), false, true);
		scenario.stimulate(() -> management.sign(secretary, draft.getId(), null))
				.andWaitForEventOfType(CouncilProtocolSigned.class)
				.matching(event -> event.protocol().equals(draft.getId()))
				.toArriveAndVerify(event -> assertThat(event.signedBy()).containsExactlyInAnyOrder(
						chair.staffId(), setup.head()));

		assertThatThrownBy(() -> memberVotes.record(secretary, draft.getId(), 1, MemberVotes.Vote.AGAINST))
				.as("a member's vote record no longer changes once the protocol is signed")
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("council.protocol.signed"));
		assertThat(register.find(setup.council().getId(), DecisionKind.RECOMMEND_TEACHER, DecisionRegister.TaskStatus.ANY,
				setup.head(), TODAY)).singleElement().satisfies(row -> {
					assertThat(row.decision()).isEqualTo("Сунушталсын");
					assertThat(row.votesFor()).isEqualTo(2);
				});
	}

	@Test
	void aDecisionWithoutQuorumIsRefusedAndNothingIsWritten() {
		Setup setup = school();
		var chair = setup.school().deputy();
		// The council has the chair and the head; with the colleague seated it has three: one present is no quorum.
		management.seat(chair, setup.council().getId(), null, setup.colleague(), MemberRole.CREATIVE_GROUP);
		CouncilProtocol draft = heldSession(setup, Set.of(chair.staffId()), "Иш планы");

		assertThatThrownBy(() -> management.writeProtocol(chair, draft.getId(), null, List.of(new CouncilProtocolEntry(
				"Иш планы", "угулду", "Бекитилсин", DecisionKind.GENERAL, null, null, null, null, null, null, null))))
				.isInstanceOfSatisfying(RuleViolation.class, e -> {
					assertThat(e.code()).isEqualTo("council.decision.noQuorum");
					assertThat(e.arguments()).containsExactly(1, 1, 3, 2);
				});
		assertThat(protocols.findById(draft.getId()).orElseThrow().entries().get(0).decision()).isNull();
	}

	@Test
	void voteCountsAboveTheAttendanceAreRefused() {
		Setup setup = school();
		var chair = setup.school().deputy();
		CouncilProtocol draft = heldSession(setup, Set.of(chair.staffId(), setup.head()), "Иш планы");

		assertThatThrownBy(() -> management.writeProtocol(chair, draft.getId(), null, List.of(new CouncilProtocolEntry(
				"Иш планы", null, "Бекитилсин", DecisionKind.GENERAL, null, null, null, null, 3, 0, 0))))
				.isInstanceOfSatisfying(RuleViolation.class,
						e -> assertThat(e.code()).isEqualTo("council.votes.aboveAttendance"));
	}

	@Test
	void aSignedTaskIsFollowedUpAndAnnouncedOnceWhenOverdue() {
		Setup setup = school();
		var chair = setup.school().deputy();
		CouncilProtocol draft = heldSession(setup, Set.of(chair.staffId(), setup.head()), "Графикти жаңыртуу");
		management.electSecretary(chair, draft.sessionId(), setup.head());
		management.writeAndSign(chair, draft.getId(), null, List.of(new CouncilProtocolEntry("Графикти жаңыртуу", null,
				"График жаңыртылсын", DecisionKind.TASK, null, null, setup.head(), TODAY.plusDays(10), null, null, null)));
		var secretary = new kg.usulduk.school.SchoolUser(java.util.UUID.randomUUID(), "secretary", null,
				setup.school().id(), setup.head(), "Жумабаев Нурлан", null,
				Set.of(kg.usulduk.school.Role.TEACHER), false, true);
		management.sign(secretary, draft.getId(), null);

		CouncilTask task = tasks.findByCouncilIdOrderByDueOnAsc(setup.council().getId()).get(0);
		assertThat(task.responsible()).isEqualTo(setup.head());
		management.followUp(secretary, task.getId(), null, "Жарымы аткарылды", false);
		assertThatThrownBy(() -> management.followUp(setup.school().admin(), task.getId(), null, "x", true))
				.isInstanceOf(AccessDeniedException.class);
		CouncilTask followed = tasks.findById(task.getId()).orElseThrow();
		assertThat(followed.followUps()).extracting(FollowUp::note).containsExactly("Жарымы аткарылды");
		assertThat(followed.announce(TODAY.plusDays(11), 3)).isTrue();
		assertThat(followed.announce(TODAY.plusDays(12), 3)).isFalse();
	}

	@Test
	void anotherSchoolsCouncilIsNeitherFoundNorChanged() {
		Setup mine = school();
		TestSchool other = testSchools.register();

		assertThatThrownBy(() -> management.seat(other.deputy(), mine.council().getId(), null, other.teacher().staffId(),
				MemberRole.CREATIVE_GROUP)).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> management.find(other.director(), mine.council().getId())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> management.schedule(other.deputy(), mine.council().getId(), TODAY, LocalTime.NOON, null,
				agenda("x"), false)).isInstanceOf(NotFound.class);
		assertThat(councils.findById(mine.council().getId()).orElseThrow().members()).hasSize(2);
	}

	@Test
	void aTeacherReadsOnlyTheDecisionsThatConcernThemAndChangesNothing() {
		Setup setup = school();

		assertThatThrownBy(() -> management.schedule(setup.school().teacher(), setup.council().getId(), TODAY,
				LocalTime.NOON, null, agenda("x"), false)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> management.form(setup.school().teacher(), YEAR.next(), null))
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theCouncilIsChairedByADeputyNeverATeacherOrTheDirector() {
		// 003 §4.1, 002 §4.3: the chair is a deputy director; where the school gave the chair to one deputy, that one.
		kg.usulduk.school.testing.TestSchools.TestSchool school = testSchools.register();
		var second = testSchools.addDeputy(school.id(), "Экинчи Орун Басар");

		assertThatThrownBy(() -> management.form(school.deputy(), YEAR, school.teacher().staffId()))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("council.chair.notADeputy"));
		assertThatThrownBy(() -> management.form(school.deputy(), YEAR, school.director().staffId()))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("council.chair.notADeputy"));
		testSchools.assignDuties(school.id(), java.util.Map.of(kg.usulduk.school.DeputyDuty.CHAIRS_COUNCIL, second.staffId()));
		assertThatThrownBy(() -> management.form(school.deputy(), YEAR, school.deputy().staffId()))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("council.chair.notAssigned"));

		Council council = management.form(school.deputy(), YEAR, second.staffId());

		assertThat(council.chair()).isEqualTo(second.staffId());
	}

	@Test
	void theChairIsReplacedDuringTheYearWithAReasonTheHistoryKeeps() {
		// 003 §4.1
		kg.usulduk.school.testing.TestSchools.TestSchool school = testSchools.register();
		var second = testSchools.addDeputy(school.id(), "Экинчи Орун Басар");
		Council council = management.form(school.deputy(), YEAR, null);

		assertThatThrownBy(() -> management.replaceChair(school.deputy(), council.getId(), null, second.staffId(), " "))
				.isInstanceOf(RuleViolation.class);
		assertThatThrownBy(() -> management.replaceChair(school.deputy(), council.getId(), null,
				school.teacher().staffId(), "Декреттик өргүү"))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("council.chair.notADeputy"));
		assertThatThrownBy(() -> management.replaceChair(school.teacher(), council.getId(), null, second.staffId(),
				"Декреттик өргүү")).isInstanceOf(AccessDeniedException.class);

		Council replaced = management.replaceChair(school.director(), council.getId(), null, second.staffId(),
				"Декреттик өргүү");

		assertThat(replaced.chair()).isEqualTo(second.staffId());
		assertThat(replaced.pastSeats()).anySatisfy(seat -> {
			assertThat(seat.staffId()).isEqualTo(school.deputy().staffId());
			assertThat(seat.role()).isEqualTo(kg.usulduk.council.MemberRole.CHAIR);
			assertThat(seat.endedBecause()).isEqualTo("Декреттик өргүү");
		});
	}

	@Test
	void theFirstSessionsSignedProtocolApprovingThePlanOfSessionsMeetsTheRule() {
		// 003 §5.1
		kg.usulduk.school.testing.TestSchools.TestSchool school = testSchools.register();
		var deputy = school.deputy();
		var teacher = school.teacher();
		Council council = management.form(deputy, YEAR, null);
		management.seat(deputy, council.getId(), null, teacher.staffId(), kg.usulduk.council.MemberRole.CREATIVE_GROUP);
		CouncilSession first = management.schedule(deputy, council.getId(), TODAY, LocalTime.NOON, null,
				agenda("Отурумдардын планы"), false);
		management.hold(deputy, first.getId(), null, Set.of(deputy.staffId(), teacher.staffId()));
		management.electSecretary(deputy, first.getId(), teacher.staffId());
		CouncilProtocol draft = management.protocolsOf(deputy, first.getId()).get(0);

		assertThat(management.sessionPlanApprovedAtFirstSession(management.find(deputy, council.getId()))).isFalse();

		management.writeAndSign(deputy, draft.getId(), null, List.of(new CouncilProtocolEntry("Отурумдардын планы", null,
				"Бекитилсин", DecisionKind.APPROVE_SESSION_PLAN, null, null, null, null, 2, 0, 0)));
		var secretary = new kg.usulduk.school.SchoolUser(java.util.UUID.randomUUID(), "secretary-x", null, school.id(),
				teacher.staffId(), teacher.fullName(), null, Set.of(kg.usulduk.school.Role.TEACHER), false, true);
		management.sign(secretary, draft.getId(), null);

		assertThat(management.sessionPlanApprovedAtFirstSession(management.find(deputy, council.getId()))).isTrue();
	}

	@Test
	void aCouncilSessionKeepsItsMovesAndTheReasonsMembersWereAbsentAsTheAssociationsDo() {
		kg.usulduk.school.testing.TestSchools.TestSchool school = testSchools.register();
		var deputy = school.deputy();
		var teacher = school.teacher();
		Council council = management.form(deputy, YEAR, null);
		management.seat(deputy, council.getId(), null, teacher.staffId(), kg.usulduk.council.MemberRole.CREATIVE_GROUP);
		CouncilSession session = management.schedule(deputy, council.getId(), TODAY.plusDays(1), LocalTime.NOON, null,
				agenda("Олимпиаданын жыйынтыгы"), false);

		CouncilSession moved = management.reschedule(deputy, session.getId(), session.version(), TODAY, LocalTime.NOON,
				null, "Райондук кеңешме");
		management.hold(deputy, session.getId(), moved.version(), Set.of(deputy.staffId()),
				java.util.Map.of(teacher.staffId(), "Ооруп калды"));

		CouncilSession held = management.findSession(deputy, session.getId());
		assertThat(held.moves()).singleElement().satisfies(move -> {
			assertThat(move.fromDate()).isEqualTo(TODAY.plusDays(1));
			assertThat(move.toDate()).isEqualTo(TODAY);
			assertThat(move.reason()).isEqualTo("Райондук кеңешме");
		});
		assertThat(held.absenceReasons()).containsEntry(teacher.staffId(), "Ооруп калды");
	}
}
