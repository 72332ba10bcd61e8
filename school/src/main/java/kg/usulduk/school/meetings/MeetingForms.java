package kg.usulduk.school.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kg.usulduk.school.StaffId;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The forms every meeting's page binds, whichever body holds it (the shared fragments in
 * {@code templates/meetings.html} render them): moving it, cancelling it, taking its attendance.
 */
public final class MeetingForms {

	private MeetingForms() {
	}

	/** Moving a meeting: the new day, time and place, and why. */
	public record RescheduleForm(Integer version,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime time, @Size(max = 200) String place,
			@NotBlank @Size(max = 500) String reason) {

		/** The form as it opens: the meeting where and when it is now, no reason yet. */
		public static RescheduleForm of(Meeting meeting) {
			return new RescheduleForm(meeting.version(), meeting.date(), meeting.time(), meeting.place(), "");
		}
	}

	/** Cancelling a meeting, and why. */
	public record CancelForm(Integer version, @NotBlank @Size(max = 500) String reason) {

		public static CancelForm of(Meeting meeting) {
			return new CancelForm(meeting.version(), "");
		}
	}

	/**
	 * Marking a meeting held with those present, and why others were absent: {@code absenceFor} and
	 * {@code absenceReason} are sent in pairs, one for each line of the form.
	 */
	public record HoldForm(Integer version, Set<StaffId> present, List<StaffId> absenceFor,
			List<String> absenceReason) {

		/** The form as it opens: everyone invited ticked present. */
		public static HoldForm of(Meeting meeting) {
			return new HoldForm(meeting.version(), Set.copyOf(meeting.invited()), List.of(), List.of());
		}

		/** Those ticked, never null. */
		public Set<StaffId> presentOrNone() {
			return present == null ? Set.of() : present;
		}

		/** The reasons typed, by person. */
		public java.util.Map<StaffId, String> absenceReasons() {
			return Attendance.reasonsByPerson(absenceFor, absenceReason);
		}

		/** The reason typed for this person, or empty. */
		public String reasonOf(StaffId person) {
			return absenceReasons().getOrDefault(person, "");
		}
	}

	/** A line of the attendance form: who, and whether they are ticked present. */
	public record AttendanceLine(StaffId id, String name, boolean present, String absenceReason) {

		/** The attendance form's lines by name, ticked as the hold form has them. */
		public static List<AttendanceLine> of(Collection<StaffId> people, java.util.function.Function<StaffId, String> names,
				HoldForm ticked) {
			return people.stream().distinct()
					.map(id -> new AttendanceLine(id, names.apply(id), ticked.present() != null && ticked.present().contains(id),
							ticked.reasonOf(id)))
					.sorted(Comparator.comparing(AttendanceLine::name)).toList();
		}
	}
}
