package kg.usulduk.association;

import java.time.LocalDate;
import java.util.UUID;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

/**
 * 001 §3.7: a lesson visit between colleagues that another context recorded (a mentor and a young teacher visiting
 * each other's lessons, plan IV.2). The association owns this interface and a downstream context's event implements
 * it, so the association counts the visit as a mutual lesson visit without depending on that context and without the
 * context writing the association's tables. Recorded once per {@link #source()}, whatever replays the event.
 */
public interface MutualLessonVisit {

	SchoolId school();

	/** The association whose record the visit goes into (the visited or the visiting teacher's). */
	AssociationId association();

	StaffId visitor();

	StaffId visited();

	LocalDate date();

	/** The lesson's topic, as the visitor wrote it. */
	String topic();

	/** What the visit is in the context that recorded it (a meeting's id): the key that makes recording it idempotent. */
	UUID source();
}
