package kg.usulduk.association.internal;

import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.meetings.ProtocolEntry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import kg.usulduk.association.ActivityKind;
import kg.usulduk.association.AssociationId;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.ProtocolSigned;
import kg.usulduk.association.SessionScheduled;
import kg.usulduk.association.internal.Compliance.Rule;
import kg.usulduk.association.internal.Compliance.Status;
import kg.usulduk.association.internal.Signature.Signatory;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/** The association context on a real PostgreSQL: its services, their checks, and the events they publish. */
@ApplicationModuleTest
class AssociationIntegrationTests {

	@Autowired TestSchools testSchools;
	@Autowired AssociationManagement management;
	@Autowired SessionManagement sessions;
	@Autowired ActivityManagement activities;
	@Autowired AssociationOverview overview;
	@Autowired Associations associations;
	@Autowired Sessions sessionRepository;
	@Autowired Protocols protocolRepository;
	@Autowired SchoolDirectory schools;
	@Autowired org.springframework.data.jdbc.core.JdbcAggregateTemplate template;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);

	/** A school whose teacher heads a mathematics association with one more member. */
	record Setup(TestSchool school, Association association, StaffId colleague) {
	}

	Setup mathematics() {
		TestSchool school = testSchools.register();
		StaffId colleague = testSchools.addTeacher(school.id(), "Осмонов Бакыт", LocalDate.of(2011, 9, 1));
		Association association = management.open(school.deputy(), new AssociationManagement.Opening(
				"Математика мугалимдеринин УБ", AssociationKind.SUBJECT, List.of("Математика"),
				new OrderReference("45", TODAY)));
		association = management.admit(school.deputy(), association.getId(), null, school.teacher().staffId());
		association = management.admit(school.deputy(), association.getId(), null, colleague);
		association = management.electHead(school.deputy(), association.getId(), null, school.teacher().staffId(),
				new OrderReference("45/1", TODAY));
		return new Setup(school, association, colleague);
	}

	static List<AgendaItem> agenda(String... titles) {
		return java.util.Arrays.stream(titles).map(t -> new AgendaItem(t, null)).toList();
	}

	@Test
	void aScheduledSessionIsAnnouncedWithItsAgendaAndTheMembersInvited(Scenario scenario) {
		Setup setup = mathematics();

		scenario.stimulate(() -> sessions.schedule(setup.school().teacher(), setup.association().getId(),
				TODAY.plusDays(5), LocalTime.of(14, 30), "21-кабинет", agenda("Жылдык планды бекитүү")))
				.andWaitForEventOfType(SessionScheduled.class)
				.matching(event -> event.association().equals(setup.association().getId()))
				.toArriveAndVerify(event -> {
					assertThat(event.agenda()).containsExactly("Жылдык планды бекитүү");
					assertThat(event.invited()).containsExactlyInAnyOrder(setup.school().teacher().staffId(), setup.colleague());
					assertThat(event.school()).isEqualTo(setup.school().id());
					assertThat(event.associationName()).isEqualTo("Математика мугалимдеринин УБ");
				});
	}

	@Test
	void theHeadHoldsASessionAndSignsItsProtocolWhichThenNeverChanges(Scenario scenario) {
		Setup setup = mathematics();
		var head = setup.school().teacher();
		Session session = sessions.schedule(head, setup.association().getId(), TODAY, LocalTime.of(14, 30), null,
				agenda("Ачык сабактардын графиги"));
		sessions.hold(head, session.getId(), session.version(), Set.of(head.staffId(), setup.colleague()));
		Protocol draft = sessions.protocolsOf(head, session.getId()).get(0);
		Protocol written = sessions.writeProtocol(head, draft.getId(), draft.version(), List.of(new ProtocolEntry(
				"Ачык сабактардын графиги", "Жумабаев Н. график сунуштады", "График бекитилсин", "Ноябрда өтсүн")));

		scenario.stimulate(() -> sessions.sign(head, written.getId(), written.version()))
				.andWaitForEventOfType(ProtocolSigned.class)
				.matching(event -> event.protocol().equals(written.getId()))
				.toArriveAndVerify(event -> assertThat(event.signedBy()).containsExactly(head.staffId()));

		Protocol signed = protocolRepository.findById(written.getId()).orElseThrow();
		assertThatThrownBy(() -> sessions.writeProtocol(head, signed.getId(), signed.version(), List.of(new ProtocolEntry(
				"Ачык сабактардын графиги", "башка", "башка", null))))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("association.protocol.signed"));
		assertThat(protocolRepository.findById(signed.getId()).orElseThrow().entries().get(0).decision())
				.isEqualTo("График бекитилсин");
	}

	@Test
	void theSignedProtocolListsTheAbsentMemberWithTheReasonGivenWhenTheAttendanceWasTaken() {
		Setup setup = mathematics();
		var head = setup.school().teacher();
		Session session = sessions.schedule(head, setup.association().getId(), TODAY, LocalTime.of(9, 0), null,
				agenda("Биринчи маселе"));
		sessions.hold(head, session.getId(), null, Set.of(head.staffId()), java.util.Map.of(setup.colleague(),
				"Квалификацияны жогорулатуу курсунда", head.staffId(), "present, so not kept"));
		Protocol draft = sessions.protocolsOf(head, session.getId()).get(0);

		sessions.writeAndSign(head, draft.getId(), draft.version(),
				List.of(new ProtocolEntry("Биринчи маселе", null, "Кабыл алынсын", null)));

		assertThat(sessionRepository.findById(session.getId()).orElseThrow().absenceReasons())
				.containsExactly(java.util.Map.entry(setup.colleague(), "Квалификацияны жогорулатуу курсунда"));
		assertThat(protocolRepository.findById(draft.getId()).orElseThrow().frozen().absentNames())
				.isEqualTo("Осмонов Бакыт (Квалификацияны жогорулатуу курсунда)");
	}

	@Test
	void signingAProtocolWithoutDecisionsChangesNothing() {
		Setup setup = mathematics();
		var head = setup.school().teacher();
		Session session = sessions.schedule(head, setup.association().getId(), TODAY, LocalTime.of(9, 0), null,
				agenda("Биринчи маселе"));
		sessions.hold(head, session.getId(), null, Set.of(head.staffId()));
		Protocol draft = sessions.protocolsOf(head, session.getId()).get(0);

		assertThatThrownBy(() -> sessions.writeAndSign(head, draft.getId(), draft.version(), List.of(
				new ProtocolEntry("Биринчи маселе", "угулду", null, null))))
				.isInstanceOfSatisfying(RuleViolation.class,
						e -> assertThat(e.code()).isEqualTo("association.protocol.decisionMissing"));

		Protocol after = protocolRepository.findById(draft.getId()).orElseThrow();
		assertThat(after.isSigned()).isFalse();
		assertThat(after.entries().get(0).considered()).as("the draft was left as it was").isNull();
	}

	@Test
	void anAggregateLoadedInOneStatementIsTheSameAsSpringDataLoadsItCollectionByCollection() {
		Setup setup = mathematics();
		var head = setup.school().teacher();
		var deputy = setup.school().deputy();
		AssociationId id = setup.association().getId();
		SchoolYear year = SchoolYear.of(TODAY);
		management.setTheme(deputy, id, null, new YearTheme(year.startYear(), "Тема", "Максат", null, "Милдеттер"));
		management.recordSelfEducationTopic(head, id, head.staffId(), year, "Өз алдынча билим алуу");
		Session moved = sessions.schedule(head, id, TODAY.plusDays(3), LocalTime.of(9, 0), "12", agenda("Бир", "Эки"));
		sessions.reschedule(head, moved.getId(), null, TODAY.plusDays(4), LocalTime.of(10, 0), "14", "Ооруп калды");
		Session held = sessions.schedule(head, id, TODAY, LocalTime.of(14, 30), null, agenda("Биринчи", "Экинчи"));
		sessions.hold(head, held.getId(), null, Set.of(head.staffId()), java.util.Map.of(setup.colleague(), "Курста"));
		Protocol draft = sessions.protocolsOf(head, held.getId()).get(0);
		sessions.writeAndSign(head, draft.getId(), null, List.of(
				new ProtocolEntry("Биринчи", "Угулду", "Кабыл алынсын", null),
				new ProtocolEntry("Экинчи", null, "Бекитилсин", "Декабрда")));
		management.completeYearEnd(deputy, id, null, year, held.getId(), "Жыл ийгиликтүү өттү", "Улантуу");
		// after the signature: with a secretary the protocol would wait for theirs, and its paper would not be frozen yet
		management.chooseSecretary(deputy, id, null, setup.colleague());

		assertThat(associations.findByIdAndSchoolId(id, setup.school().id())).get().usingRecursiveComparison()
				.isEqualTo(template.findById(id, Association.class));
		assertThat(associations.findById(id)).get().usingRecursiveComparison()
				.isEqualTo(template.findById(id, Association.class));
		for (Session session : List.of(moved, held)) {
			assertThat(sessionRepository.findById(session.getId())).get().usingRecursiveComparison()
					.isEqualTo(template.findById(session.getId(), Session.class));
		}
		assertThat(sessionRepository.findByAssociationIdAndDateBetweenOrderByDateAscTimeAsc(id, year.start(), year.end()))
				.extracting(Session::getId).containsExactly(held.getId(), moved.getId());
		assertThat(protocolRepository.findBySessionId(held.getId())).singleElement().usingRecursiveComparison()
				.isEqualTo(template.findById(draft.getId(), Protocol.class));
		assertThat(protocolRepository.findById(draft.getId()).orElseThrow().frozen()).isNotNull();
		assertThat(associations.findBySchoolIdOrderByName(setup.school().id())).singleElement().usingRecursiveComparison()
				.isEqualTo(template.findById(id, Association.class));
		assertThat(associations.findByIdAndSchoolId(id, kg.usulduk.school.SchoolId.random())).isEmpty();
	}

	/** Sessions held on past days with their protocols signed, as they would have been recorded then. */
	void heldSessionsIn(Association association, SchoolYear year, int count) {
		heldSessionsIn(association, year, count, true);
	}

	void heldSessionsIn(Association association, SchoolYear year, int count, boolean signed) {
		for (int i = 0; i < count; i++) {
			LocalDate day = year.start().plusDays(20 + 30L * i);
			Session session = Session.schedule(association, day, LocalTime.of(14, 0), null, agenda("Маселе " + i), day);
			session.hold(association, Set.copyOf(association.currentMembers()), day);
			session = sessionRepository.save(session);
			if (signed) {
				Protocol protocol = Protocol.draft(session, association);
				protocol.write(List.of(new ProtocolEntry("Маселе " + i, null, "Чечим", null)));
				protocol.sign(Signature.Signatory.HEAD, association.head().orElseThrow(),
						day.atTime(16, 0).atZone(java.time.ZoneId.systemDefault()).toInstant(), java.time.ZoneId.systemDefault());
				protocolRepository.save(protocol);
			}
		}
	}

	@Test
	void aSessionWithoutASignedProtocolDoesNotCountForTheMinimum() {
		Setup setup = mathematics();
		SchoolYear last = SchoolYear.of(TODAY).previous();
		heldSessionsIn(setup.association(), last, 3, true);
		Session unsigned = Session.schedule(setup.association(), last.end().minusDays(10), LocalTime.NOON, null,
				agenda("Жыйынтык"), last.end().minusDays(10));
		unsigned.hold(setup.association(), Set.copyOf(setup.association().currentMembers()), last.end().minusDays(10));
		sessionRepository.save(unsigned);

		Compliance compliance = overview.compliance(setup.association().getId(),
				schools.find(setup.school().id()).orElseThrow(), last);

		// 001 §5.5: "a protocol is drawn up and resolutions adopted": four held, three count.
		assertThat(compliance.check(Rule.MINIMUM_SESSIONS).status()).isEqualTo(Status.BROKEN);
		assertThat(compliance.check(Rule.MINIMUM_SESSIONS).reason()).isEqualTo("association.rule.sessions.brokenUnsigned");
		assertThat(compliance.check(Rule.MINIMUM_SESSIONS).arguments()).containsExactly(3, 4, 1);
	}

	@Test
	void aSeminarCountsForTheYearOnlyOnceAnOpenLessonOfItsProgrammeIsHeld() {
		Setup setup = mathematics();
		var head = setup.school().teacher();
		Activity seminar = activities.schedule(head, setup.association().getId(), new Activity.Plan(
				ActivityKind.PRACTICAL_SEMINAR, "Практикалык семинар", head.staffId(), null, TODAY, null, null, null, null));
		seminar = activities.markHeld(head, seminar.getId(), null, "Өттү");
		SchoolYear year = SchoolYear.of(TODAY);
		var school = schools.find(setup.school().id()).orElseThrow();

		// 001 §5.6: held alone, the seminar does not count.
		assertThat(overview.compliance(setup.association().getId(), school, year).check(Rule.PRACTICAL_SEMINAR).reason())
				.isEqualTo("association.rule.seminar.noProgramme");

		Activity lesson = activities.schedule(head, setup.association().getId(), new Activity.Plan(ActivityKind.OPEN_LESSON,
				"Ачык сабак", setup.colleague(), null, TODAY, null, null, "8А", null, seminar.getId()));
		assertThat(overview.compliance(setup.association().getId(), school, year).check(Rule.PRACTICAL_SEMINAR).status())
				.isEqualTo(Status.ON_TRACK);

		activities.markHeld(head, lesson.getId(), null, "Өттү");
		Compliance.Check met = overview.compliance(setup.association().getId(), school, year).check(Rule.PRACTICAL_SEMINAR);
		assertThat(met.status()).isEqualTo(Status.MET);
		assertThat(met.arguments()).containsExactly(1, 1);
	}

	@Test
	void threeHeldSessionsInAFinishedYearBreakTheMinimumOfFour() {
		Setup setup = mathematics();
		SchoolYear last = SchoolYear.of(TODAY).previous();
		heldSessionsIn(setup.association(), last, 3);

		Compliance compliance = overview.compliance(setup.association().getId(),
				schools.find(setup.school().id()).orElseThrow(), last);

		// 001 §5.5
		assertThat(compliance.check(Rule.MINIMUM_SESSIONS).status()).isEqualTo(Status.BROKEN);
		assertThat(compliance.check(Rule.MINIMUM_SESSIONS).arguments()).containsExactly(3, 4);
	}

	@Test
	void fourHeldSessionsMeetTheMinimumUntilTheSchoolAsksForSeven() {
		Setup setup = mathematics();
		SchoolYear last = SchoolYear.of(TODAY).previous();
		heldSessionsIn(setup.association(), last, 4);

		assertThat(overview.compliance(setup.association().getId(), schools.find(setup.school().id()).orElseThrow(), last)
				.check(Rule.MINIMUM_SESSIONS).status()).isEqualTo(Status.MET);

		// 004: one school meets monthly, seven times a year, and sets its minimum so.
		testSchools.changeSettings(setup.school().id(), new SchoolSettings(7, 3, 3, List.of(3, 1), 50));
		var list = overview.list(schools.find(setup.school().id()).orElseThrow(), last);
		assertThat(list).singleElement().satisfies(row -> {
			assertThat(row.compliance().check(Rule.MINIMUM_SESSIONS).status()).isEqualTo(Status.BROKEN);
			assertThat(row.compliance().check(Rule.MINIMUM_SESSIONS).arguments()).containsExactly(4, 7);
			assertThat(row.members()).isEqualTo(2);
			assertThat(row.head()).isEqualTo(setup.school().teacher().staffId());
		});
	}

	@Test
	void theDeputysYearEndAnalysisAtAHeldSessionMeetsTheLastRule() {
		Setup setup = mathematics();
		var head = setup.school().teacher();
		Session session = sessions.schedule(head, setup.association().getId(), TODAY, LocalTime.of(9, 0), null,
				agenda("Жылдык жыйынтык"));
		sessions.hold(head, session.getId(), null, Set.of(head.staffId()));
		SchoolYear year = SchoolYear.of(TODAY);

		management.completeYearEnd(setup.school().deputy(), setup.association().getId(), null, year, session.getId(),
				"Жыл ийгиликтүү өттү", "Улантуу");

		// 001 §5.7
		assertThat(overview.compliance(setup.association().getId(), schools.find(setup.school().id()).orElseThrow(), year)
				.check(Rule.YEAR_END_ANALYSIS).status()).isEqualTo(Status.MET);
		assertThatThrownBy(() -> management.completeYearEnd(head, setup.association().getId(), null, year,
				session.getId(), "x", "y")).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theYearIsAnalysedByTheAssignedDeputyAtTheLastHeldSessionNotByTheDirector() {
		// 001 §5.7: "the deputy director analyses ... at the last session"; the duty may be one deputy's (issue 11).
		Setup setup = mathematics();
		var head = setup.school().teacher();
		var methods = testSchools.addDeputy(setup.school().id(), "Усулдук Орун Басар");
		testSchools.assignDuties(setup.school().id(),
				java.util.Map.of(kg.usulduk.school.DeputyDuty.AGREES_PLANS_AND_ANALYSES_YEAR, methods.staffId()));
		Session earlier = sessions.schedule(head, setup.association().getId(), TODAY, LocalTime.of(9, 0), null,
				agenda("Биринчи"));
		sessions.hold(head, earlier.getId(), null, Set.of(head.staffId()));
		Session last = sessions.schedule(head, setup.association().getId(), TODAY, LocalTime.of(15, 0), null,
				agenda("Жылдык жыйынтык"));
		sessions.hold(head, last.getId(), null, Set.of(head.staffId()));
		SchoolYear year = SchoolYear.of(TODAY);
		var id = setup.association().getId();

		assertThatThrownBy(() -> management.completeYearEnd(setup.school().director(), id, null, year, last.getId(),
				"x", "y")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> management.completeYearEnd(setup.school().deputy(), id, null, year, last.getId(),
				"x", "y")).as("the other deputy").isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> management.completeYearEnd(methods, id, null, year, earlier.getId(), "x", "y"))
				.isInstanceOfSatisfying(RuleViolation.class,
						e -> assertThat(e.code()).isEqualTo("association.yearEnd.notLastSession"));

		management.completeYearEnd(methods, id, null, year, last.getId(), "Жыл ийгиликтүү өттү", "Улантуу");

		assertThat(management.find(methods, id).yearEnd(year)).isPresent();
	}

	@Test
	void anotherSchoolsAssociationIsNeitherFoundNorChanged() {
		Setup mine = mathematics();
		TestSchool other = testSchools.register();

		assertThatThrownBy(() -> management.admit(other.deputy(), mine.association().getId(), null, other.teacher().staffId()))
				.isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> management.find(other.director(), mine.association().getId())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> sessions.schedule(other.deputy(), mine.association().getId(), TODAY, LocalTime.NOON,
				null, agenda("x"))).isInstanceOf(NotFound.class);
		assertThat(associations.findById(mine.association().getId()).orElseThrow().currentMembers()).hasSize(2);
	}

	@Test
	void aHeadWhoIsNotAMemberIsRefusedAndNothingChanges() {
		Setup setup = mathematics();
		StaffId outsider = testSchools.addTeacher(setup.school().id(), "Каримов Эрлан", LocalDate.of(2014, 9, 1));

		assertThatThrownBy(() -> management.appointHead(setup.school().deputy(), setup.association().getId(), null,
				outsider, new OrderReference("46", TODAY)))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.field()).isEqualTo("head"));
		Association after = associations.findById(setup.association().getId()).orElseThrow();
		assertThat(after.head()).contains(setup.school().teacher().staffId());
		assertThat(after.headHistory()).hasSize(1);
	}

	@Test
	void eachRoleMayDoOnlyItsPart() {
		Setup setup = mathematics();
		TestSchool school = setup.school();
		var association = setup.association().getId();
		StaffId newcomer = testSchools.addTeacher(school.id(), "Мамытова Чолпон", LocalDate.of(2025, 9, 1));

		// The head leads sessions and activities but does not choose members: the deputy and the director do.
		assertThatThrownBy(() -> management.admit(school.teacher(), association, null, newcomer))
				.isInstanceOf(AccessDeniedException.class);
		assertThat(management.admit(school.director(), association, null, newcomer).isMember(newcomer)).isTrue();
		// Staff outside the association and the administrator do not schedule, nor read its papers.
		assertThatThrownBy(() -> sessions.schedule(school.admin(), association, TODAY, LocalTime.NOON, null, agenda("x")))
				.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> sessions.findSession(school.admin(),
				sessions.schedule(school.deputy(), association, TODAY, LocalTime.NOON, null, agenda("x")).getId()))
				.isInstanceOf(AccessDeniedException.class);
		// A member records their own self-education topic, not a colleague's.
		management.admit(school.deputy(), association, null, school.admin().staffId());
		assertThat(management.recordSelfEducationTopic(school.admin(), association, school.admin().staffId(),
				SchoolYear.of(TODAY), "Санариптик журнал").topics(SchoolYear.of(TODAY))).hasSize(1);
		assertThatThrownBy(() -> management.recordSelfEducationTopic(school.admin(), association, newcomer,
				SchoolYear.of(TODAY), "x")).isInstanceOf(AccessDeniedException.class);
		// The district observer reads, and never writes.
		assertThat(management.find(school.observer(), association).getId()).isEqualTo(association);
		assertThatThrownBy(() -> sessions.schedule(school.observer(), association, TODAY, LocalTime.NOON, null, agenda("x")))
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void anEditBasedOnAnOldVersionIsRefused() {
		Setup setup = mathematics();
		Integer shown = setup.association().version();
		management.chooseSecretary(setup.school().teacher(), setup.association().getId(), shown, setup.colleague());

		assertThatThrownBy(() -> management.chooseSecretary(setup.school().teacher(), setup.association().getId(), shown,
				null)).isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(associations.findById(setup.association().getId()).orElseThrow().secretary()).contains(setup.colleague());
	}

	@Test
	void aProtocolOfAnAssociationWithASecretaryNeedsBothSignatures() {
		Setup setup = mathematics();
		var head = setup.school().teacher();
		management.chooseSecretary(head, setup.association().getId(), null, setup.colleague());
		Session session = sessions.schedule(head, setup.association().getId(), TODAY, LocalTime.of(9, 0), null,
				agenda("Маселе"));
		sessions.hold(head, session.getId(), null, Set.of(head.staffId()));
		Protocol draft = sessions.protocolsOf(head, session.getId()).get(0);
		sessions.writeAndSign(head, draft.getId(), null, List.of(new ProtocolEntry("Маселе", null, "Кабыл алынсын", null)));

		assertThat(protocolRepository.findById(draft.getId()).orElseThrow().isSigned()).isFalse();
		assertThatThrownBy(() -> sessions.sign(head, draft.getId(), null))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("association.protocol.alreadySignedAs"));
		assertThat(protocolRepository.findById(draft.getId()).orElseThrow().signatures()).extracting(Signature::signatory)
				.containsExactly(Signatory.HEAD);
	}
}
