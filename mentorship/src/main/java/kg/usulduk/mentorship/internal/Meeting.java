package kg.usulduk.mentorship.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import kg.usulduk.mentorship.MeetingKind;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A meeting of the pair in its log (plan IV.1.B): what kind, about what, when and for how long; a lesson visit's
 * observation sheet with the visitor's analysis (plan IV.2).
 */
@Table(schema = "mentorship", name = "meetings")
public record Meeting(UUID ref, MeetingKind kind, String topic, LocalDate date, LocalTime time, int minutes,
		String observation) implements ValueObject {

	/** The duration as hours with a fraction, as the log sums them. */
	public double hours() {
		return minutes / 60.0;
	}
}
