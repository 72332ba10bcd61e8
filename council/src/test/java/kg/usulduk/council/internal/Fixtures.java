package kg.usulduk.council.internal;

import kg.usulduk.school.meetings.AgendaItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.internal.CouncilSignature.Signatory;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.Aggregates;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.data.domain.AbstractAggregateRoot;

/** Small builders shared by the council's domain tests: a fixed day, a council, its sessions and protocols. */
final class Fixtures {

	/** A Tuesday in the second quarter of the 2026–2027 school year. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	static final SchoolYear YEAR = new SchoolYear(2026);

	static final LocalTime AFTER_LESSONS = LocalTime.of(14, 30);

	static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

	/** Noon of {@link #TODAY} in Bishkek. */
	static final Instant NOON = TODAY.atTime(12, 0).atZone(BISHKEK).toInstant();

	static final Quorum HALF = new Quorum(50);

	private Fixtures() {
	}

	/** The council of 2026–2027 chaired by {@code chair}, with the others as management staff and no heads. */
	static Council councilOf(StaffId chair, StaffId... management) {
		Council council = Council.form(SchoolId.random(), YEAR, chair, Set.of(management), List.of(), TODAY);
		forgetEvents(council);
		return council;
	}

	/** A council of {@code members} people: a chair and, for the rest, management staff. */
	static Council councilOfSize(int members) {
		StaffId[] management = new StaffId[members - 1];
		Arrays.setAll(management, i -> StaffId.random());
		return councilOf(StaffId.random(), management);
	}

	static List<AgendaItem> agenda(String... titles) {
		return Arrays.stream(titles).map(AgendaItem::new).toList();
	}

	/** A session of the council scheduled for the given day, with the given questions on its agenda. */
	static CouncilSession sessionOn(Council council, LocalDate date, String... questions) {
		CouncilSession session = CouncilSession.schedule(council, date, AFTER_LESSONS, "№3 кабинет",
				agenda(questions.length == 0 ? new String[] { "Усулдук кеңештин иш планы" } : questions), false,
				TODAY);
		forgetEvents(session);
		return session;
	}

	/** A session scheduled for today and held today with the given members present. */
	static CouncilSession heldSession(Council council, Set<StaffId> present, String... questions) {
		CouncilSession session = sessionOn(council, TODAY, questions);
		session.hold(council, present, TODAY);
		forgetEvents(session);
		return session;
	}

	/** The first {@code count} members of the council, the chair first. */
	static Set<StaffId> firstMembers(Council council, int count) {
		return Set.copyOf(council.members().subList(0, count));
	}

	/** A decision of the given kind on a question, not put to a vote and concerning nothing. */
	static CouncilProtocolEntry decided(String question, DecisionKind kind) {
		return new CouncilProtocolEntry(question, "Талкууланды", "Кабыл алынсын", kind, null, null, null, null, null,
				null, null);
	}

	/** A task decision on a question: who carries it out and by when. */
	static CouncilProtocolEntry task(String question, StaffId responsible, LocalDate dueOn) {
		return new CouncilProtocolEntry(question, "Талкууланды", "Даярдалсын", DecisionKind.TASK, null, null,
				responsible, dueOn, null, null, null);
	}

	/**
	 * The protocol of a session held today with every member present, written with these entries and signed by the
	 * chair and the secretary; no events left to look at.
	 */
	static CouncilProtocol signedProtocol(Council council, CouncilProtocolEntry... entries) {
		String[] questions = Arrays.stream(entries).map(CouncilProtocolEntry::question).toArray(String[]::new);
		CouncilSession session = heldSession(council, Set.copyOf(council.members()), questions);
		CouncilProtocol protocol = CouncilProtocol.draft(session);
		protocol.write(List.of(entries), HALF);
		protocol.sign(Signatory.CHAIR, council.chair(), true, NOON, BISHKEK);
		protocol.sign(Signatory.SECRETARY, StaffId.random(), true, NOON, BISHKEK);
		forgetEvents(protocol);
		return protocol;
	}

	/** See {@link Aggregates#events(AbstractAggregateRoot)}. */
	static List<Object> events(AbstractAggregateRoot<?> aggregate) {
		return Aggregates.events(aggregate);
	}

	static <T> List<T> events(AbstractAggregateRoot<?> aggregate, Class<T> type) {
		return Aggregates.events(aggregate, type);
	}

	static void forgetEvents(AbstractAggregateRoot<?> aggregate) {
		Aggregates.forgetEvents(aggregate);
	}

	static RuleViolation refusal(ThrowingCallable act) {
		return Aggregates.refusal(act);
	}

}
