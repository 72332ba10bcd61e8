package kg.usulduk.mentorship.internal;

import java.time.LocalDate;

import kg.usulduk.mentorship.MentorshipId;
import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A line of the order's table of pairs (plan IV.1.A), as the staff directory said it the day the order was issued: the
 * mentor's name, subject, category and experience; the young teacher's name, subject and the day they started
 * teaching. Never read again from the directory: the order shows what it said.
 */
@Table(schema = "mentorship", name = "order_rows")
public record OrderRow(MentorshipId mentorship, StaffId mentor, String mentorName, String mentorSubjects,
		String mentorCategory, int mentorYears, StaffId youngTeacher, String youngName, String youngSubjects,
		LocalDate youngSince) implements ValueObject {
}
