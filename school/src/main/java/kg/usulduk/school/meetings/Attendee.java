package kg.usulduk.school.meetings;

import java.util.Objects;

import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;

/**
 * Someone invited to a meeting, whether they attended once it was held, and, if they did not, why (an illness, a
 * course, a lesson to give), where the one who took the attendance said so.
 */
public record Attendee(StaffId staffId, boolean present, String absenceReason) implements ValueObject {

	public Attendee {
		Objects.requireNonNull(staffId, "an attendee is a staff member");
		// Only an absence has a reason.
		absenceReason = present ? null : TypedText.optional("absenceReason", absenceReason, 200);
	}

	/** Someone present, or absent without a reason given. */
	public Attendee(StaffId staffId, boolean present) {
		this(staffId, present, null);
	}
}
