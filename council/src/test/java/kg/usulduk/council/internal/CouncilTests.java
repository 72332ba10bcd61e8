package kg.usulduk.council.internal;

import static kg.usulduk.council.internal.Fixtures.TODAY;
import static kg.usulduk.council.internal.Fixtures.YEAR;
import static kg.usulduk.council.internal.Fixtures.councilOf;
import static kg.usulduk.council.internal.Fixtures.events;
import static kg.usulduk.council.internal.Fixtures.heldSession;
import static kg.usulduk.council.internal.Fixtures.refusal;
import static kg.usulduk.council.internal.Fixtures.sessionOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import kg.usulduk.association.AssociationId;
import kg.usulduk.council.MemberRole;
import kg.usulduk.council.internal.Council.Head;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.EnumSource.Mode;

class CouncilTests {

	static final LocalDate LATER = TODAY.plusDays(20);

	final StaffId deputy = StaffId.random();
	final StaffId director = StaffId.random();
	final StaffId mathsHead = StaffId.random();
	final AssociationId maths = AssociationId.random();
	final Council council = Council.form(SchoolId.random(), YEAR, deputy, Set.of(director),
			List.of(new Head(mathsHead, maths)), TODAY);

	@Test
	void formingSeatsTheChairTheManagementAndTheHeadsOfTheAssociations() {
		// 003 §3.1, §4.1
		assertThat(council.chair()).isEqualTo(deputy);
		assertThat(council.year()).isEqualTo(YEAR);
		assertThat(council.currentSeats()).containsExactly(
				new Seat(deputy, MemberRole.CHAIR, null, TODAY, null),
				new Seat(director, MemberRole.MANAGEMENT, null, TODAY, null),
				new Seat(mathsHead, MemberRole.ASSOCIATION_HEAD, maths, TODAY, null));
		assertThat(council.members()).containsExactly(deputy, director, mathsHead);
		assertThat(council.pastSeats()).isEmpty();
		assertThat(council.secretary()).isEmpty();
		assertThat(events(council)).isEmpty();
	}

	@Test
	void aCouncilFormedBeforeItsYearSeatsItsMembersFromTheFirstDayOfTheYear() {
		Council early = Council.form(SchoolId.random(), YEAR, deputy, Set.of(), List.of(), LocalDate.of(2026, 8, 20));

		assertThat(early.currentSeats()).singleElement()
				.isEqualTo(new Seat(deputy, MemberRole.CHAIR, null, YEAR.start(), null));
	}

	@Test
	void theChairNamedAmongTheManagementSitsOnceAsChair() {
		Council formed = Council.form(SchoolId.random(), YEAR, deputy, Set.of(deputy, director), List.of(), TODAY);

		assertThat(formed.currentSeats()).extracting(Seat::staffId, Seat::role).containsExactly(
				tuple(deputy, MemberRole.CHAIR),
				tuple(director, MemberRole.MANAGEMENT));
	}

	@Test
	void aCouncilWithoutAChairIsNotFormed() {
		// 003 §4.1: the deputy director chairs it.
		RuleViolation refusal = refusal(
				() -> Council.form(SchoolId.random(), YEAR, null, Set.of(director), List.of(), TODAY));

		assertThat(refusal.field()).isEqualTo("chair");
		assertThat(refusal.code()).isEqualTo("validation.required");
	}

	@Test
	void aNewHeadTakesThePreviousHeadsSeatAndTheHistoryStays() {
		// 003 §3.1: the heads of the associations sit on the council, for as long as they head them.
		StaffId newHead = StaffId.random();

		boolean changed = council.headChanged(maths, newHead, LATER);

		assertThat(changed).isTrue();
		assertThat(council.isMember(mathsHead)).isFalse();
		assertThat(council.isMember(newHead)).isTrue();
		assertThat(council.pastSeats()).containsExactly(
				new Seat(mathsHead, MemberRole.ASSOCIATION_HEAD, maths, TODAY, LATER));
		assertThat(council.currentSeats()).contains(new Seat(newHead, MemberRole.ASSOCIATION_HEAD, maths, LATER, null));
		assertThat(council.members()).containsExactly(deputy, director, newHead);
	}

	@Test
	void theSameHeadChangeAppliedTwiceChangesNothing() {
		StaffId newHead = StaffId.random();
		council.headChanged(maths, newHead, LATER);
		List<Seat> before = seats(council);

		boolean changed = council.headChanged(maths, newHead, LATER.plusDays(1));

		assertThat(changed).isFalse();
		assertThat(seats(council)).isEqualTo(before);
	}

	@Test
	void theHeadAlreadySeatedAtFormingIsNotSeatedAgainByTheirEvent() {
		assertThat(council.headChanged(maths, mathsHead, LATER)).isFalse();
		assertThat(council.currentSeats()).hasSize(3);
		assertThat(council.pastSeats()).isEmpty();
	}

	@Test
	void theHeadOfANewAssociationJoinsTheCouncil() {
		AssociationId physics = AssociationId.random();
		StaffId physicsHead = StaffId.random();

		assertThat(council.headChanged(physics, physicsHead, LATER)).isTrue();

		assertThat(council.currentSeats())
				.contains(new Seat(physicsHead, MemberRole.ASSOCIATION_HEAD, physics, LATER, null));
		assertThat(council.pastSeats()).isEmpty();
	}

	@Test
	void aClosedAssociationsHeadLeavesTheCouncil() {
		boolean changed = council.associationClosed(maths, LATER);

		assertThat(changed).isTrue();
		assertThat(council.isMember(mathsHead)).isFalse();
		assertThat(council.pastSeats()).containsExactly(
				new Seat(mathsHead, MemberRole.ASSOCIATION_HEAD, maths, TODAY, LATER));
		assertThat(council.associationClosed(maths, LATER.plusDays(1))).isFalse();
	}

	@Test
	void aHeadOfTwoAssociationsStaysWhenOneOfThemCloses() {
		AssociationId physics = AssociationId.random();
		council.headChanged(physics, mathsHead, TODAY);

		council.associationClosed(maths, LATER);

		assertThat(council.isMember(mathsHead)).isTrue();
		assertThat(council.currentSeats())
				.contains(new Seat(mathsHead, MemberRole.ASSOCIATION_HEAD, physics, TODAY, null));
		assertThat(council.members()).containsOnlyOnce(mathsHead);
	}

	@Test
	void aCreativeGroupsRepresentativeIsSeated() {
		// 003 §3.1
		StaffId representative = StaffId.random();

		council.seat(representative, MemberRole.CREATIVE_GROUP, LATER);

		assertThat(council.isMember(representative)).isTrue();
		assertThat(council.currentSeats())
				.contains(new Seat(representative, MemberRole.CREATIVE_GROUP, null, LATER, null));
	}

	@ParameterizedTest
	@EnumSource(value = MemberRole.class, names = { "CHAIR", "ASSOCIATION_HEAD" }, mode = Mode.INCLUDE)
	void theChairAndTheHeadsAreNotSeatedByHand(MemberRole role) {
		RuleViolation refusal = refusal(() -> council.seat(StaffId.random(), role, LATER));

		assertThat(refusal.field()).isEqualTo("role");
		assertThat(refusal.code()).isEqualTo("council.member.roleNotChosenHere");
		assertThat(council.currentSeats()).hasSize(3);
	}

	@Test
	void aSeatWithoutARoleIsRefused() {
		RuleViolation refusal = refusal(() -> council.seat(StaffId.random(), null, LATER));

		assertThat(refusal.code()).isEqualTo("council.member.roleNotChosenHere");
	}

	@Test
	void aSeatWithoutAPersonAndWithoutARoleIsRefusedForBothAtOnce() {
		// Issue 13: the form shows both refusals together.
		RuleViolation refusal = refusal(() -> council.seat(null, null, LATER));

		assertThat(refusal.all()).extracting(RuleViolation::field).containsExactly("staff", "role");
	}

	@Test
	void aMemberIsNotSeatedTwice() {
		RuleViolation asManagement = refusal(() -> council.seat(director, MemberRole.CREATIVE_GROUP, LATER));
		RuleViolation asHead = refusal(() -> council.seat(mathsHead, MemberRole.MANAGEMENT, LATER));

		assertThat(List.of(asManagement, asHead)).allSatisfy(refusal -> {
			assertThat(refusal.field()).isEqualTo("staff");
			assertThat(refusal.code()).isEqualTo("council.member.already");
		});
		assertThat(council.currentSeats()).hasSize(3);
	}

	@Test
	void aMemberWhoLeavesKeepsTheirSeatInTheHistory() {
		council.unseat(director, LATER);

		assertThat(council.isMember(director)).isFalse();
		assertThat(council.pastSeats()).containsExactly(new Seat(director, MemberRole.MANAGEMENT, null, TODAY, LATER));
		assertThat(council.members()).containsExactly(deputy, mathsHead);
	}

	@Test
	void theChairDoesNotLeaveTheCouncil() {
		RuleViolation refusal = refusal(() -> council.unseat(deputy, LATER));

		assertThat(refusal.code()).isEqualTo("council.member.chairLeaves");
		assertThat(council.isMember(deputy)).isTrue();
	}

	@Test
	void someoneNotOnTheCouncilCannotLeaveIt() {
		RuleViolation refusal = refusal(() -> council.unseat(StaffId.random(), LATER));

		assertThat(refusal.code()).isEqualTo("council.member.notMember");
	}

	@Test
	void theSecretaryIsElectedAtTheFirstSessionFromAmongTheMembers() {
		// 003 §5.4
		CouncilSession first = heldSession(council, Set.of(deputy, director));

		council.electSecretary(director, first, true);

		assertThat(council.secretary()).contains(director);
		assertThat(council.isSecretary(director)).isTrue();
		assertThat(council.secretaryElectedAt()).contains(first.getId());
	}

	@Test
	void someoneNotOnTheCouncilIsNotElectedSecretary() {
		// 003 §5.4
		CouncilSession first = heldSession(council, Set.of(deputy, director));

		RuleViolation refusal = refusal(() -> council.electSecretary(StaffId.random(), first, true));

		assertThat(refusal.field()).isEqualTo("secretary");
		assertThat(refusal.code()).isEqualTo("council.secretary.notMember");
		assertThat(council.secretary()).isEmpty();
	}

	@Test
	void theSecretaryIsNotElectedAtASessionNotYetHeld() {
		// 003 §5.4
		CouncilSession scheduled = sessionOn(council, TODAY.plusDays(7));

		RuleViolation refusal = refusal(() -> council.electSecretary(director, scheduled, true));

		assertThat(refusal.code()).isEqualTo("council.secretary.sessionNotHeld");
		assertThat(council.secretary()).isEmpty();
	}

	@Test
	void theSecretaryIsNotElectedAtALaterSession() {
		// 003 §5.4
		CouncilSession second = heldSession(council, Set.of(deputy, director));

		RuleViolation refusal = refusal(() -> council.electSecretary(director, second, false));

		assertThat(refusal.code()).isEqualTo("council.secretary.notFirstSession");
		assertThat(council.secretary()).isEmpty();
	}

	@Test
	void theSecretaryIsNotElectedAtAnotherCouncilsSession() {
		Council other = councilOf(StaffId.random(), director);
		CouncilSession theirs = heldSession(other, Set.of(director));

		assertThatIllegalArgumentException().isThrownBy(() -> council.electSecretary(director, theirs, true));
		assertThat(council.secretary()).isEmpty();
	}

	@Test
	void aSecretaryWhoLeavesTheCouncilIsNoLongerItsSecretary() {
		CouncilSession first = heldSession(council, Set.of(deputy, director));
		council.electSecretary(director, first, true);

		council.unseat(director, LATER);

		assertThat(council.secretary()).isEmpty();
		assertThat(council.secretaryElectedAt()).isEmpty();
	}

	private static List<Seat> seats(Council council) {
		List<Seat> all = new ArrayList<>(council.currentSeats());
		all.addAll(council.pastSeats());
		return all;
	}

	@Test
	void aCreativeGroupsHeadSitsOnTheCouncilAsItsRepresentativeAndLeavesWithTheGroup() {
		// 003 §3.1: the council includes the representatives of creative groups, seated from the group's records.
		AssociationId group = AssociationId.random();
		StaffId leader = StaffId.random();
		Council council = Council.form(SchoolId.random(), YEAR, StaffId.random(), Set.of(),
				List.of(new Head(leader, group, true)), TODAY);

		assertThat(council.currentSeats()).anySatisfy(seat -> {
			assertThat(seat.staffId()).isEqualTo(leader);
			assertThat(seat.role()).isEqualTo(MemberRole.CREATIVE_GROUP);
			assertThat(seat.association()).isEqualTo(group);
		});
		assertThat(refusal(() -> council.unseat(leader, TODAY)).code()).isEqualTo("council.member.headFromAssociation");

		StaffId next = StaffId.random();
		council.headChanged(group, next, true, TODAY.plusDays(5));
		council.associationClosed(group, TODAY.plusDays(9));

		assertThat(council.isMember(leader)).isFalse();
		assertThat(council.isMember(next)).isFalse();
	}
}
