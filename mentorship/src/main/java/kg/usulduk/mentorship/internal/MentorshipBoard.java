package kg.usulduk.mentorship.internal;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.association.AssociationId;
import kg.usulduk.mentorship.MentorOrderId;
import kg.usulduk.mentorship.MentorshipId;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The school year's mentorship as the list page shows it: a line per pair with the minutes held, and the school's
 * orders as lines; one statement each, whatever the number of pairs, their plans and meetings (README "Performance").
 */
@Component
public class MentorshipBoard {

	/** A pair as a line of the list. */
	public record PairLine(MentorshipId id, StaffId youngTeacher, StaffId mentor, AssociationId association,
			Mentorship.Status status, LocalDate proposedOn, MentorOrderId orderId, String orderNumber,
			LocalDate orderDate, int minutesHeld) {

		/** Hours held, with one decimal. */
		public double hoursHeld() {
			return Math.round(minutesHeld / 6.0) / 10.0;
		}
	}

	/** An order as a line of the list. */
	public record OrderLine(MentorOrderId id, MentorOrder.Kind kind, String number, LocalDate date, int pairs) {
	}

	private final JdbcClient jdbc;

	MentorshipBoard(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<PairLine> pairs(SchoolId school, int schoolYear, LocalDate today) {
		return jdbc.sql("""
				SELECT m.id, m.young_teacher, m.mentor, m.association_id, m.status, m.proposed_on, m.order_id,
				       m.order_number, m.order_date,
				       coalesce((SELECT sum(g.minutes) FROM mentorship.meetings g
				                 WHERE g.mentorship_id = m.id AND g.date <= :today), 0) AS minutes
				FROM mentorship.mentorships m
				WHERE m.school_id = :school AND m.school_year = :year
				ORDER BY m.proposed_on, m.id""").param("school", school.value()).param("year", schoolYear)
				.param("today", today)
				.query((row, n) -> new PairLine(new MentorshipId(row.getObject(1, java.util.UUID.class)),
						new StaffId(row.getObject(2, java.util.UUID.class)),
						new StaffId(row.getObject(3, java.util.UUID.class)),
						new AssociationId(row.getObject(4, java.util.UUID.class)),
						Mentorship.Status.valueOf(row.getString(5)), row.getObject(6, LocalDate.class),
						row.getObject(7) == null ? null : new MentorOrderId(row.getObject(7, java.util.UUID.class)),
						row.getString(8), row.getObject(9, LocalDate.class), row.getInt(10)))
				.list();
	}

	List<OrderLine> orders(SchoolId school) {
		return jdbc.sql("""
				SELECT o.id, o.kind, o.number, o.date,
				       (SELECT count(*) FROM mentorship.order_rows r WHERE r.order_id = o.id) AS pairs
				FROM mentorship.orders o WHERE o.school_id = :school ORDER BY o.date DESC, o.number DESC""")
				.param("school", school.value())
				.query((row, n) -> new OrderLine(new MentorOrderId(row.getObject(1, java.util.UUID.class)),
						MentorOrder.Kind.valueOf(row.getString(2)), row.getString(3), row.getObject(4, LocalDate.class),
						row.getInt(5)))
				.list();
	}
}
