package kg.usulduk.school.meetings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import kg.usulduk.school.StaffId;

/**
 * What every meeting answers, whichever body holds it: the shared page and print fragments
 * ({@code templates/meetings.html}) and {@link MeetingForms} read a meeting through this.
 */
public interface Meeting {

	LocalDate date();

	LocalTime time();

	/** Where, or null. */
	String place();

	MeetingStatus status();

	/** Why it was cancelled, or null. */
	String cancelReason();

	List<AgendaItem> agenda();

	/** Its moves, the first first. */
	List<Move> moves();

	/** Everyone invited (and, once held, everyone marked). */
	List<StaffId> invited();

	/** Those who came, once held. */
	List<StaffId> presentMembers();

	/** The version the forms carry (optimistic locking). */
	Integer version();

	default boolean isHeld() {
		return status() == MeetingStatus.HELD;
	}

	/** Why those absent did not come, where a reason was given. */
	java.util.Map<StaffId, String> absenceReasons();

	/**
	 * Those absent by name, each with the reason given, for a line of the page or a draft's print:
	 * "Name (reason), Name".
	 */
	default String absentLine(java.util.function.Function<StaffId, String> names) {
		java.util.Map<StaffId, String> reasons = absenceReasons();
		return String.join(", ", absentMembers().stream()
				.map(person -> names.apply(person) + (reasons.containsKey(person) ? " (" + reasons.get(person) + ")" : ""))
				.sorted().toList());
	}

	/** Those invited who did not come. */
	default List<StaffId> absentMembers() {
		List<StaffId> present = presentMembers();
		return invited().stream().filter(person -> !present.contains(person)).toList();
	}

	/**
	 * The meeting's number in its body's year: its place among the year's meetings not cancelled, by date.
	 *
	 * @param yearInOrder the body's meetings of the year, by date and time, this one among them
	 * @param id          how a meeting is told apart (its id)
	 */
	static <M extends Meeting> int numberOf(M meeting, List<M> yearInOrder, java.util.function.Function<M, ?> id) {
		int number = 0;
		for (M other : yearInOrder) {
			if (other.status().isNumbered()) {
				number++;
			}
			if (id.apply(other).equals(id.apply(meeting))) {
				return number;
			}
		}
		return number;
	}
}
