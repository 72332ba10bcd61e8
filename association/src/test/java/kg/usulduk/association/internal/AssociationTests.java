package kg.usulduk.association.internal;

import static kg.usulduk.association.internal.Fixtures.AFTER_LESSONS;
import static kg.usulduk.association.internal.Fixtures.ORDER;
import static kg.usulduk.association.internal.Fixtures.TODAY;
import static kg.usulduk.association.internal.Fixtures.agenda;
import static kg.usulduk.association.internal.Fixtures.associationOf;
import static kg.usulduk.association.internal.Fixtures.events;
import static kg.usulduk.association.internal.Fixtures.forgetEvents;
import static kg.usulduk.association.internal.Fixtures.heldSession;
import static kg.usulduk.association.internal.Fixtures.refusal;
import static kg.usulduk.association.internal.Fixtures.sessionOn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Named.named;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import kg.usulduk.association.ActivityKind;
import kg.usulduk.association.AssociationClosed;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.AssociationOpened;
import kg.usulduk.association.HeadChanged;
import kg.usulduk.association.HeadChoice;
import kg.usulduk.association.MemberJoined;
import kg.usulduk.association.MemberLeft;
import kg.usulduk.association.YearEndAnalysisCompleted;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AssociationTests {

	static final SchoolYear THIS_YEAR = SchoolYear.of(TODAY);

	final StaffId aigul = StaffId.random();
	final StaffId bakyt = StaffId.random();
	final StaffId stranger = StaffId.random();

	@Test
	void openingRegistersAssociationOpenedWithTheOrderDate() {
		SchoolId school = SchoolId.random();
		OrderReference order = new OrderReference("12-к", LocalDate.of(2026, 9, 1));

		Association association = Association.open(school, " Тарых УБ ", AssociationKind.SUBJECT, List.of("Тарых"),
				order, TODAY);

		// 001 §6.1: opened by the director's order, on the order's date, not on the day it was typed in.
		assertThat(association.openedOn()).isEqualTo(LocalDate.of(2026, 9, 1));
		assertThat(association.isOpen()).isTrue();
		assertThat(events(association)).singleElement().isEqualTo(new AssociationOpened(school, association.getId(),
				"Тарых УБ", AssociationKind.SUBJECT, LocalDate.of(2026, 9, 1)));
	}

	@Test
	void anOrderDatedInTheFutureIsRefused() {
		OrderReference tomorrow = new OrderReference("13-к", TODAY.plusDays(1));

		RuleViolation refusal = refusal(() -> Association.open(SchoolId.random(), "Тарых УБ", AssociationKind.SUBJECT,
				List.of(), tomorrow, TODAY));

		assertThat(refusal.field()).isEqualTo("orderDate");
		assertThat(refusal.code()).isEqualTo("association.order.future");
	}

	@Test
	void anAssociationWithoutKindAndNameAndWithAFutureOrderIsRefusedForAllThreeAtOnce() {
		OrderReference tomorrow = new OrderReference("13-к", TODAY.plusDays(1));

		// Issue 13: the opening form shows the three refusals together.
		RuleViolation refusal = refusal(() -> Association.open(SchoolId.random(), " ", null, List.of(), tomorrow,
				TODAY));

		assertThat(refusal.all()).extracting(RuleViolation::field).containsExactly("kind", "name", "orderDate");
	}

	@Test
	void aHeadMustBeAMember() {
		Association association = associationOf(aigul);

		// 001 §5.1: the members elect the head from among themselves.
		RuleViolation refusal = refusal(() -> association.electHead(stranger, ORDER, TODAY));

		assertThat(refusal.field()).isEqualTo("head");
		assertThat(refusal.code()).isEqualTo("association.head.notMember");
		assertThat(association.head()).isEmpty();
		assertThat(association.headHistory()).isEmpty();
		assertThat(events(association)).isEmpty();
	}

	@Test
	void electingThenAppointingAnotherHeadKeepsTheHistoryAndExactlyOneCurrentHead() {
		Association association = associationOf(aigul, bakyt);
		LocalDate later = TODAY.plusDays(30);

		association.electHead(aigul, ORDER, TODAY);
		association.appointHead(bakyt, new OrderReference("60-к", later), later);

		assertThat(association.head()).contains(bakyt);
		assertThat(association.headHistory()).containsExactly(
				new HeadTerm(aigul, HeadChoice.ELECTED, ORDER, TODAY, later),
				new HeadTerm(bakyt, HeadChoice.APPOINTED, new OrderReference("60-к", later), later, null));
		assertThat(association.headHistory()).filteredOn(HeadTerm::isCurrent).hasSize(1);
		assertThat(events(association, HeadChanged.class))
				.extracting(HeadChanged::head, HeadChanged::previousHead, HeadChanged::choice)
				.containsExactly(
						tuple(aigul, null, HeadChoice.ELECTED),
						tuple(bakyt, aigul, HeadChoice.APPOINTED));
	}

	@Test
	void theHeadCannotLeave() {
		Association association = associationOf(aigul, bakyt);
		association.electHead(aigul, ORDER, TODAY);
		forgetEvents(association);

		RuleViolation refusal = refusal(() -> association.release(aigul, TODAY));

		assertThat(refusal.code()).isEqualTo("association.member.headLeaves");
		assertThat(association.isMember(aigul)).isTrue();
		assertThat(events(association)).isEmpty();
	}

	@Test
	void aMemberJoinsOnlyOnce() {
		Association association = associationOf();
		association.admit(aigul, TODAY);

		RuleViolation refusal = refusal(() -> association.admit(aigul, TODAY.plusDays(1)));

		assertThat(refusal.field()).isEqualTo("staff");
		assertThat(refusal.code()).isEqualTo("association.member.already");
		assertThat(association.memberships()).singleElement().isEqualTo(new Membership(aigul, TODAY, null));
		assertThat(events(association, MemberJoined.class)).singleElement()
				.satisfies(joined -> assertThat(joined.member()).isEqualTo(aigul));
	}

	@Test
	void leavingRemovesFromTheCurrentMembersAndClearsTheSecretary() {
		Association association = associationOf(aigul, bakyt);
		association.chooseSecretary(bakyt);
		LocalDate leaving = TODAY.plusDays(5);

		association.release(bakyt, leaving);

		assertThat(association.currentMembers()).containsExactly(aigul);
		assertThat(association.isMember(bakyt)).isFalse();
		assertThat(association.secretary()).isEmpty();
		assertThat(association.memberships()).contains(new Membership(bakyt, TODAY, leaving));
		assertThat(events(association)).singleElement().isInstanceOfSatisfying(MemberLeft.class, left -> {
			assertThat(left.member()).isEqualTo(bakyt);
			assertThat(left.on()).isEqualTo(leaving);
		});
	}

	@Test
	void leavingKeepsASecretaryWhoStays() {
		Association association = associationOf(aigul, bakyt, stranger);
		association.chooseSecretary(bakyt);

		association.release(stranger, TODAY);

		assertThat(association.secretary()).contains(bakyt);
	}

	@Test
	void theSecretaryMustBeAMember() {
		Association association = associationOf(aigul);

		RuleViolation refusal = refusal(() -> association.chooseSecretary(stranger));

		assertThat(refusal.field()).isEqualTo("secretary");
		assertThat(refusal.code()).isEqualTo("association.secretary.notMember");
		assertThat(association.secretary()).isEmpty();
	}

	@Test
	void closingRegistersAssociationClosedWithItsMembers() {
		Association association = associationOf(aigul);

		association.close(new OrderReference("99", TODAY), TODAY);

		assertThat(association.isOpen()).isFalse();
		assertThat(association.closedOn()).isEqualTo(TODAY);
		assertThat(events(association)).singleElement().isInstanceOfSatisfying(AssociationClosed.class,
				closed -> assertThat(closed.members()).containsExactly(aigul));
	}

	static Stream<Arguments> actsOnAnAssociation() {
		StaffId member = StaffId.random();
		return Stream.of(
				act("admitting a member", a -> a.admit(StaffId.random(), TODAY)),
				act("releasing a member", a -> a.release(member, TODAY)),
				act("electing a head", a -> a.electHead(member, ORDER, TODAY)),
				act("appointing a head", a -> a.appointHead(member, ORDER, TODAY)),
				act("choosing a secretary", a -> a.chooseSecretary(member)),
				act("recording a self-education topic", a -> a.recordSelfEducationTopic(member, new SchoolYear(2026), "Тема")),
				act("setting the theme", a -> a.setTheme(new YearTheme(2026, "Тема", null, null, null))),
				act("describing it", a -> a.describe("Жаңы аты", AssociationKind.SUBJECT, List.of())),
				act("closing it again", a -> a.close(new OrderReference("99", TODAY), TODAY)),
				act("scheduling a session", a -> Session.schedule(a, TODAY, AFTER_LESSONS, null,
						agenda("Суроо"), TODAY)),
				act("scheduling an activity", a -> Activity.schedule(a, new Activity.Plan(ActivityKind.OPEN_LESSON,
						"Ачык сабак", member, null, TODAY, null, null, null, null), TODAY)))
				.map(each -> Arguments.of(each, member));
	}

	private static Named<Consumer<Association>> act(String name, Consumer<Association> act) {
		return named(name, act);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("actsOnAnAssociation")
	void aClosedAssociationRefusesActs(Consumer<Association> act, StaffId member) {
		Association association = associationOf(member);
		association.close(new OrderReference("99", TODAY), TODAY);
		forgetEvents(association);

		RuleViolation refusal = refusal(() -> act.accept(association));

		assertThat(refusal.code()).isEqualTo("association.closed");
		assertThat(association.currentMembers()).containsExactly(member);
		assertThat(events(association)).isEmpty();
	}

	@Test
	void aSelfEducationTopicIsOnlyForMembers() {
		Association association = associationOf(aigul);

		RuleViolation refusal = refusal(
				() -> association.recordSelfEducationTopic(stranger, THIS_YEAR, "Долбоорлук окутуу"));

		assertThat(refusal.field()).isEqualTo("staff");
		assertThat(refusal.code()).isEqualTo("association.member.notMember");
		assertThat(association.topics(THIS_YEAR)).isEmpty();
	}

	@Test
	void aNewSelfEducationTopicReplacesTheSameYearsTopicOnly() {
		Association association = associationOf(aigul, bakyt);
		association.recordSelfEducationTopic(aigul, THIS_YEAR.previous(), "Өткөн жылдын темасы");
		association.recordSelfEducationTopic(aigul, THIS_YEAR, "Биринчи тема");
		association.recordSelfEducationTopic(bakyt, THIS_YEAR, "Бакыттын темасы");

		association.recordSelfEducationTopic(aigul, THIS_YEAR, "Экинчи тема");

		// 001 §6.10: one topic per member and year.
		assertThat(association.topics(THIS_YEAR)).containsExactlyInAnyOrder(
				new SelfEducationTopic(aigul, 2026, "Экинчи тема"),
				new SelfEducationTopic(bakyt, 2026, "Бакыттын темасы"));
		assertThat(association.topics(THIS_YEAR.previous()))
				.containsExactly(new SelfEducationTopic(aigul, 2025, "Өткөн жылдын темасы"));
	}

	@Test
	void theThemeIsReplacedPerYear() {
		Association association = associationOf(aigul);
		association.setTheme(new YearTheme(2025, "Өткөн жылдын темасы", null, null, null));
		association.setTheme(new YearTheme(2026, "Биринчи вариант", null, null, null));

		association.setTheme(new YearTheme(2026, "Функционалдык сабаттуулук", "Максат", null, null));

		// 001 §6.6: one methodological theme a year.
		assertThat(association.theme(THIS_YEAR)).contains(
				new YearTheme(2026, "Функционалдык сабаттуулук", "Максат", null, null));
		assertThat(association.theme(THIS_YEAR.previous())).map(YearTheme::theme).contains("Өткөн жылдын темасы");
		assertThat(association.theme(THIS_YEAR.next())).isEmpty();
	}

	@Test
	void theYearEndAnalysisNeedsAHeldSessionOfThisAssociationInThatYear() {
		Association association = associationOf(aigul);
		Association other = associationOf(bakyt);
		Session notHeld = sessionOn(association, TODAY.plusDays(7));
		Session ofAnother = heldSession(other, bakyt);
		LocalDate nextYearsDay = LocalDate.of(2027, 9, 15);
		Session ofNextYear = sessionOn(association, nextYearsDay);
		ofNextYear.hold(association, Set.of(aigul), nextYearsDay);

		// 001 §5.7: the directions are given at the association's last session of that year.
		for (Session session : new Session[] { null, notHeld, ofAnother, ofNextYear }) {
			RuleViolation refusal = refusal(() -> association.completeYearEnd(THIS_YEAR, "Анализ", "Сунуштар",
					session, stranger, nextYearsDay));
			assertThat(refusal.field()).isEqualTo("session");
			assertThat(refusal.code()).isEqualTo("association.yearEnd.sessionNotHeld");
		}
		assertThat(association.yearEnd(THIS_YEAR)).isEmpty();
		assertThat(events(association)).isEmpty();
	}

	@Test
	void theYearEndAnalysisIsRecordedOnceAndRegistersYearEndAnalysisCompleted() {
		Association association = associationOf(aigul);
		Session last = heldSession(association, aigul);
		StaffId deputy = StaffId.random();

		association.completeYearEnd(THIS_YEAR, "Жылдын анализи", "Кийинки жылга сунуштар", last, deputy, TODAY);
		RuleViolation again = refusal(() -> association.completeYearEnd(THIS_YEAR, "Башка анализ", "Башка",
				last, deputy, TODAY));

		assertThat(again.code()).isEqualTo("association.yearEnd.already");
		assertThat(association.yearEnd(THIS_YEAR)).contains(new YearEnd(2026, "Жылдын анализи",
				"Кийинки жылга сунуштар", last.getId(), deputy, TODAY));
		assertThat(events(association)).singleElement().isEqualTo(new YearEndAnalysisCompleted(
				association.schoolId(), association.getId(), association.name(), THIS_YEAR, last.getId(), deputy,
				TODAY));
	}

	@Test
	void anAssociationIsClosedByTheDirectorsOrderLikeItWasOpened() {
		// 001 §6.1
		Association association = associationOf(StaffId.random());

		association.close(new OrderReference("88", TODAY), TODAY);

		assertThat(association.isOpen()).isFalse();
		assertThat(association.closingOrder()).contains(new OrderReference("88", TODAY));
		assertThat(association.closedOn()).isEqualTo(TODAY);
	}

	@Test
	void theHeadCannotAlsoBeTheSecretary() {
		// 001 §5.5: the head and the secretary both sign the protocol.
		StaffId head = StaffId.random();
		StaffId member = StaffId.random();
		Association association = associationOf(head, member);
		association.electHead(head, ORDER, TODAY);

		RuleViolation refusal = refusal(() -> association.chooseSecretary(head));
		association.chooseSecretary(member);
		association.electHead(member, ORDER, TODAY);

		assertThat(refusal.code()).isEqualTo("association.secretary.isHead");
		assertThat(association.secretary()).as("a secretary elected head stops being secretary").isEmpty();
	}
}
