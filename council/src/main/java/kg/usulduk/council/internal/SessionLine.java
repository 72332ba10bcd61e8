package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.school.meetings.MeetingStatus;

/**
 * A session of a council as its year's list shows it and its rules count it (003 §5.1–5.3), without its attendance and
 * moves: when, its agenda's questions, where it stands, whether its protocol is signed and whether that protocol
 * approved the plan of sessions.
 */
public record SessionLine(CouncilSessionId id, LocalDate date, LocalTime time, MeetingStatus status, boolean yearEnd,
		List<String> agendaTitles, boolean signed, boolean approvesSessionPlan) {

	public SessionLine {
		agendaTitles = List.copyOf(agendaTitles);
	}

	/** As {@link CouncilSession#getId()}, which the pages' links use for either. */
	public CouncilSessionId getId() {
		return id;
	}

	public boolean isHeld() {
		return status == MeetingStatus.HELD;
	}

	/**
	 * The session's number in its council's year, as {@link kg.usulduk.school.meetings.Meeting#numberOf}: its place
	 * among the sessions not cancelled, by date.
	 */
	static int numberOf(CouncilSessionId session, List<SessionLine> yearInOrder) {
		int number = 0;
		for (SessionLine line : yearInOrder) {
			if (line.status().isNumbered()) {
				number++;
			}
			if (line.id().equals(session)) {
				return number;
			}
		}
		return number;
	}
}
