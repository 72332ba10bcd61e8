package kg.usulduk.council.internal;

import static kg.usulduk.council.internal.Fixtures.TODAY;
import static kg.usulduk.council.internal.Fixtures.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import kg.usulduk.council.CouncilBody;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.MemberRole;
import kg.usulduk.council.ProposedQuestionId;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;

/** The pedagogical council as a second body: its chair, its members, what it decides, and its proposed questions. */
class PedagogicalCouncilTests {

	final StaffId director = StaffId.random();
	final StaffId teacher = StaffId.random();
	final StaffId colleague = StaffId.random();

	Council pedagogical() {
		Council council = Council.formPedagogical(SchoolId.random(), YEAR, director, Set.of(teacher, colleague, director),
				TODAY);
		Fixtures.forgetEvents(council);
		return council;
	}

	@Test
	void thePedagogicalCouncilIsChairedByTheDirectorWithEveryPedagogueAMember() {
		Council council = pedagogical();

		assertThat(council.body()).isEqualTo(CouncilBody.PEDAGOGICAL);
		assertThat(council.chair()).isEqualTo(director);
		assertThat(council.members()).containsExactlyInAnyOrder(director, teacher, colleague);
		assertThat(council.currentSeats()).filteredOn(seat -> !seat.staffId().equals(director))
				.extracting(Seat::role).containsOnly(MemberRole.PEDAGOGICAL_STAFF);
	}

	@Test
	void aPedagogueIsSeatedOnThePedagogicalCouncilNeverAsManagementOrACreativeGroup() {
		Council council = pedagogical();
		StaffId newcomer = StaffId.random();

		assertThatThrownBy(() -> council.seat(newcomer, MemberRole.MANAGEMENT, TODAY))
				.isInstanceOfSatisfying(RuleViolation.class,
						e -> assertThat(e.code()).isEqualTo("council.member.roleNotChosenHere"));
		council.seat(newcomer, MemberRole.PEDAGOGICAL_STAFF, TODAY);

		assertThat(council.isMember(newcomer)).isTrue();
		assertThatThrownBy(() -> Fixtures.councilOf(StaffId.random()).seat(newcomer, MemberRole.PEDAGOGICAL_STAFF, TODAY))
				.as("003 §3.1: the methodological council seats management and creative groups, not every pedagogue")
				.isInstanceOf(RuleViolation.class);
	}

	@Test
	void aPedagogueWhoLeavesTheSchoolLeavesThePedagogicalCouncilButTheChairStays() {
		Council council = pedagogical();

		assertThat(council.staffLeft(teacher, TODAY)).isTrue();
		assertThat(council.staffLeft(teacher, TODAY)).as("applied twice, nothing more changes").isFalse();
		assertThat(council.staffLeft(director, TODAY)).isFalse();

		assertThat(council.members()).containsExactlyInAnyOrder(director, colleague);
	}

	@Test
	void thePedagogicalCouncilRecommendsNothingToItselfAndAdoptsThePlansAndTheTheme() {
		assertThat(DecisionKind.of(CouncilBody.PEDAGOGICAL)).contains(DecisionKind.ADOPT_WORK_PLANS,
				DecisionKind.ADOPT_THEME, DecisionKind.CONSIDER_REGULATION, DecisionKind.HEAR_COUNCIL_REPORT,
				DecisionKind.APPROVE_PROGRAMME, DecisionKind.PROPOSE_AWARD)
				.doesNotContain(DecisionKind.RECOMMEND_TEACHER, DecisionKind.RECOMMEND_PROGRAMME,
						DecisionKind.REPORT_TO_PEDAGOGICAL_COUNCIL, DecisionKind.APPROVE_SESSION_PLAN);
		assertThat(DecisionKind.of(CouncilBody.METHODOLOGICAL)).doesNotContain(DecisionKind.ADOPT_WORK_PLANS,
				DecisionKind.ADOPT_THEME);
	}

	@Test
	void thePedagogicalCouncilElectsItsSecretaryAtALaterSessionWhereTheMethodologicalCouncilCannot() {
		Council council = pedagogical();
		CouncilSession later = Fixtures.heldSession(council, Set.of(director, teacher));

		council.electSecretary(teacher, later, false);

		assertThat(council.isSecretary(teacher)).isTrue();
		Council methodological = Fixtures.councilOf(director, teacher);
		CouncilSession second = Fixtures.heldSession(methodological, Set.of(director, teacher));
		assertThatThrownBy(() -> methodological.electSecretary(teacher, second, false))
				.as("003 §5.4").isInstanceOfSatisfying(RuleViolation.class,
						e -> assertThat(e.code()).isEqualTo("council.secretary.notFirstSession"));
	}

	@Test
	void aProposedQuestionGoesOnTheAgendaOfAPedagogicalSessionStillToBeHeldOnce() {
		Council council = pedagogical();
		ProposedQuestion question = proposed(council.schoolId(), YEAR.startYear());
		CouncilSession next = Fixtures.sessionOn(council, TODAY.plusDays(7), "Биринчи жарым жылдын жыйынтыктары");

		question.putOn(next, council);

		assertThat(next.agendaTitles()).containsExactly("Биринчи жарым жылдын жыйынтыктары",
				"Жумабаев Н. — биринчи категорияга сунушталсын");
		assertThat(question.sessionId()).isEqualTo(next.getId());
		assertThatThrownBy(() -> question.putOn(next, council)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.code()).isEqualTo("council.proposal.alreadyOnAgenda"));
		assertThat(next.agendaTitles()).hasSize(2);
	}

	@Test
	void aProposedQuestionGoesOnlyOnThePedagogicalCouncilsAgendaNotTheMethodologicalOnes() {
		Council methodological = Council.form(SchoolId.random(), YEAR, director, Set.of(), List.of(), TODAY);
		ProposedQuestion question = proposed(methodological.schoolId(), YEAR.startYear());
		CouncilSession session = Fixtures.sessionOn(methodological, TODAY.plusDays(7));

		assertThatThrownBy(() -> question.putOn(session, methodological)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.code()).isEqualTo("council.proposal.notThisCouncil"));
		assertThat(session.agendaTitles()).hasSize(1);
	}

	@Test
	void aHeldSessionTakesNoMoreQuestions() {
		Council council = pedagogical();
		ProposedQuestion question = proposed(council.schoolId(), YEAR.startYear());
		CouncilSession held = Fixtures.heldSession(council, Set.of(director, teacher));

		assertThatThrownBy(() -> question.putOn(held, council)).isInstanceOfSatisfying(RuleViolation.class,
				e -> assertThat(e.code()).isEqualTo("council.session.alreadyHeld"));
		assertThat(question.isOnAgenda()).isFalse();
	}

	/** A question as the listener stores it (the table's row, read back). */
	static ProposedQuestion proposed(SchoolId school, int year) {
		return new ProposedQuestion(ProposedQuestionId.random(), school, year, "recommendation:x",
				DecisionKind.RECOMMEND_TEACHER, "Жумабаев Н. — биринчи категорияга сунушталсын", TODAY, null, 0);
	}
}
