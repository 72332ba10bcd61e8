package kg.usulduk.council.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import kg.usulduk.council.CouncilBody;
import kg.usulduk.council.CouncilProtocolId;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.MemberRole;
import kg.usulduk.council.PedagogicalResolutions;
import kg.usulduk.council.PedagogicalResolutions.Resolution;
import kg.usulduk.council.Recommendation;
import kg.usulduk.council.RecommendationIssued;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/** The pedagogical council on a real PostgreSQL: forming it, its numbered resolutions, its proposed questions. */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class PedagogicalCouncilIntegrationTests {

	@Autowired TestSchools testSchools;
	@Autowired CouncilManagement management;
	@Autowired CouncilSessions sessions;
	@Autowired ProposedQuestions proposed;
	@Autowired PedagogicalResolutions resolutions;
	@Autowired PedagogicalCouncilAgenda agenda;

	static final LocalDate TODAY = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	static final SchoolYear YEAR = SchoolYear.of(TODAY);

	@Test
	void theDirectorFormsThePedagogicalCouncilBesideTheMethodologicalOneWithEveryPedagogue() {
		TestSchool school = testSchools.register();
		Council methodological = management.form(school.deputy(), YEAR, null);

		assertThatThrownBy(() -> management.formPedagogical(school.deputy(), YEAR, null))
				.as("the director forms and chairs it").isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> management.formPedagogical(school.director(), YEAR, school.teacher().staffId()))
				.isInstanceOfSatisfying(RuleViolation.class,
						e -> assertThat(e.code()).isEqualTo("council.pedagogical.chairNotDirector"));

		Council pedagogical = management.formPedagogical(school.director(), YEAR, null);

		assertThat(pedagogical.getId()).isNotEqualTo(methodological.getId());
		assertThat(pedagogical.body()).isEqualTo(CouncilBody.PEDAGOGICAL);
		assertThat(pedagogical.chair()).isEqualTo(school.director().staffId());
		assertThat(pedagogical.members()).contains(school.teacher().staffId(), school.deputy().staffId());
		assertThat(management.ofYear(school.teacher(), school.id(), YEAR).orElseThrow().getId())
				.as("the methodological council is still the school's council of the year")
				.isEqualTo(methodological.getId());
		assertThatThrownBy(() -> management.formPedagogical(school.director(), YEAR, null))
				.isInstanceOfSatisfying(RuleViolation.class,
						e -> assertThat(e.code()).isEqualTo("council.pedagogical.already"));
	}

	@Test
	void resolutionsAreNumberedInTheYearAsTheSignedProtocolsListThem() {
		TestSchool school = testSchools.register();
		SchoolUser director = school.director();
		SchoolUser teacher = school.teacher();
		Council council = management.formPedagogical(director, YEAR, null);
		CouncilProtocol first = held(council, director, LocalTime.of(9, 0), "Иш пландары", "Усулдук тема");
		management.electSecretary(director, first.sessionId(), teacher.staffId());

		assertThatThrownBy(() -> management.writeProtocol(director, first.getId(), null, List.of(
				Fixtures.decided("Иш пландары", DecisionKind.RECOMMEND_PROGRAMME), Fixtures.decided("Усулдук тема",
						DecisionKind.ADOPT_THEME))))
				.as("the pedagogical council recommends nothing to itself")
				.isInstanceOfSatisfying(RuleViolation.class,
						e -> assertThat(e.code()).isEqualTo("council.protocol.kindNotOfBody"));
		sign(director, teacher, first, Fixtures.decided("Иш пландары", DecisionKind.ADOPT_WORK_PLANS),
				Fixtures.decided("Усулдук тема", DecisionKind.ADOPT_THEME));
		CouncilProtocol second = held(council, director, LocalTime.of(15, 0), "Жобону кароо");
		sign(director, teacher, second, new CouncilProtocolEntry("Жобону кароо", null, "Сунушталсын",
				DecisionKind.CONSIDER_REGULATION, null, "Усулдук кеңеш жөнүндө жобо", null, null, null, null, null));
		held(council, director, LocalTime.of(16, 0), "Кол коюла элек");

		List<Resolution> adopted = resolutions.adoptedIn(school.id(), YEAR);

		assertThat(adopted).extracting(Resolution::number, Resolution::kind).containsExactly(
				org.assertj.core.groups.Tuple.tuple(1, DecisionKind.ADOPT_WORK_PLANS),
				org.assertj.core.groups.Tuple.tuple(2, DecisionKind.ADOPT_THEME),
				org.assertj.core.groups.Tuple.tuple(3, DecisionKind.CONSIDER_REGULATION));
		assertThat(resolutions.find(school.id(), adopted.get(1).ref())).contains(adopted.get(1));
		assertThat(resolutions.find(testSchools.register().id(), adopted.get(1).ref()))
				.as("another school's resolution is not found").isEmpty();
	}

	@Test
	void theMethodologicalCouncilsDecisionsAreNotResolutionsOfThePedagogicalCouncil() {
		TestSchool school = testSchools.register();
		Council methodological = management.form(school.deputy(), YEAR, null);
		management.seat(school.deputy(), methodological.getId(), null, school.teacher().staffId(),
				MemberRole.CREATIVE_GROUP);
		CouncilProtocol protocol = held(methodological, school.deputy(), LocalTime.NOON, "Жалпы маселе");
		management.electSecretary(school.deputy(), protocol.sessionId(), school.teacher().staffId());
		sign(school.deputy(), school.teacher(), protocol, Fixtures.decided("Жалпы маселе", DecisionKind.GENERAL));

		assertThat(resolutions.adoptedIn(school.id(), YEAR)).isEmpty();
		assertThat(resolutions.find(school.id(), new PedagogicalResolutions.ResolutionRef(protocol.sessionId(), 1)))
				.isEmpty();
	}

	@Test
	void theMethodologicalCouncilsRecommendationIsProposedToThePedagogicalCouncilOnceAndPutOnItsAgenda(
			Scenario scenario) {
		TestSchool school = testSchools.register();
		SchoolUser deputy = school.deputy();
		SchoolUser teacher = school.teacher();
		Council methodological = management.form(deputy, YEAR, null);
		management.seat(deputy, methodological.getId(), null, teacher.staffId(), MemberRole.CREATIVE_GROUP);
		CouncilProtocol protocol = held(methodological, deputy, LocalTime.NOON, "Мугалимди сунуштоо");
		management.electSecretary(deputy, protocol.sessionId(), teacher.staffId());
		management.writeAndSign(deputy, protocol.getId(), null, List.of(new CouncilProtocolEntry("Мугалимди сунуштоо",
				null, "Биринчи категорияга сунушталсын", DecisionKind.RECOMMEND_TEACHER, teacher.staffId(), null, null,
				null, 2, 0, 0, Recommendation.ATTESTATION_CATEGORY, "биринчи категория")));

		// 000 §2.3: the recommendation reaches the pedagogical council's page, before that council is even formed.
		scenario.stimulate(() -> management.sign(teacher, protocol.getId(), null))
				.andWaitForStateChange(() -> proposed.findTop200BySchoolIdAndSchoolYearOrderByProposedOnDesc(school.id(),
						YEAR.startYear()), list -> !list.isEmpty())
				.andVerify(list -> assertThat(list).singleElement().satisfies(question -> {
					assertThat(question.kind()).isEqualTo(DecisionKind.RECOMMEND_TEACHER);
					assertThat(question.title()).contains(teacher.fullName(), "Биринчи категорияга сунушталсын");
				}));
		// The same recommendation again (a replayed event, or the corrected protocol re-issuing it) proposes nothing new.
		agenda.on(new RecommendationIssued(school.id(), methodological.getId(), CouncilProtocolId.random(),
				DecisionKind.RECOMMEND_TEACHER, "Биринчи категорияга сунушталсын", teacher.staffId(), null, TODAY,
				Recommendation.ATTESTATION_CATEGORY, "биринчи категория"));
		List<ProposedQuestion> questions = proposed.findTop200BySchoolIdAndSchoolYearOrderByProposedOnDesc(school.id(),
				YEAR.startYear());
		assertThat(questions).hasSize(1);

		Council pedagogical = management.formPedagogical(school.director(), YEAR, null);
		CouncilSession next = management.schedule(school.director(), pedagogical.getId(), TODAY, LocalTime.of(17, 0),
				null, List.of(new AgendaItem("Жарым жылдын жыйынтыктары")), false);
		assertThatThrownBy(() -> management.putOnAgenda(teacher, questions.get(0).getId(), null, next.getId()))
				.as("the chair, the director or the secretary puts it there").isInstanceOf(AccessDeniedException.class);

		management.putOnAgenda(school.director(), questions.get(0).getId(), null, next.getId());

		assertThat(sessions.findById(next.getId()).orElseThrow().agendaTitles()).hasSize(2)
				.last().asString().contains("Биринчи категорияга сунушталсын");
		assertThatThrownBy(() -> management.putOnAgenda(school.director(), questions.get(0).getId(), null, next.getId()))
				.isInstanceOfSatisfying(RuleViolation.class,
						e -> assertThat(e.code()).isEqualTo("council.proposal.alreadyOnAgenda"));
	}

	/** A session of the council held today at {@code time} with the chair and the school's teacher present. */
	CouncilProtocol held(Council council, SchoolUser chair, LocalTime time, String... questions) {
		CouncilSession session = management.schedule(chair, council.getId(), TODAY, time, null,
				java.util.Arrays.stream(questions).map(AgendaItem::new).toList(), false);
		Council current = management.find(chair, council.getId());
		management.hold(chair, session.getId(), null, Set.copyOf(current.members()));
		return management.protocolsOf(chair, session.getId()).get(0);
	}

	void sign(SchoolUser chair, SchoolUser secretary, CouncilProtocol protocol, CouncilProtocolEntry... entries) {
		management.writeAndSign(chair, protocol.getId(), null, List.of(entries));
		management.sign(secretary, protocol.getId(), null);
	}
}
