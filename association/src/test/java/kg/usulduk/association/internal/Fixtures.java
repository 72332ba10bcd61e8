package kg.usulduk.association.internal;

import kg.usulduk.school.meetings.AgendaItem;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.Aggregates;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.data.domain.AbstractAggregateRoot;

/** Small builders shared by the association's domain tests: a fixed day, an order, an association with members. */
final class Fixtures {

	/** A Tuesday in the second quarter of the 2026–2027 school year. */
	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	static final LocalTime AFTER_LESSONS = LocalTime.of(14, 30);

	static final OrderReference ORDER = new OrderReference("45-к", TODAY.minusDays(3));

	private Fixtures() {
	}

	/** An open association whose members are the given people, with no events left to look at. */
	static Association associationOf(StaffId... members) {
		Association association = Association.open(SchoolId.random(), "Математика мугалимдеринин УБ",
				AssociationKind.SUBJECT, List.of("Математика"), ORDER, TODAY);
		for (StaffId member : members) {
			association.admit(member, TODAY);
		}
		forgetEvents(association);
		return association;
	}

	static List<AgendaItem> agenda(String... titles) {
		return Arrays.stream(titles).map(title -> new AgendaItem(title, null)).toList();
	}

	/** A session of the association scheduled for the given day, with two questions on its agenda. */
	static Session sessionOn(Association association, LocalDate date) {
		Session session = Session.schedule(association, date, AFTER_LESSONS, "№12 кабинет",
				agenda("Окуу жылынын планы", "Ачык сабактардын графиги"), TODAY);
		forgetEvents(session);
		return session;
	}

	/** A session scheduled for today and held today with the given people present. */
	static Session heldSession(Association association, StaffId... present) {
		Session session = sessionOn(association, TODAY);
		session.hold(association, Set.of(present), TODAY);
		forgetEvents(session);
		return session;
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
