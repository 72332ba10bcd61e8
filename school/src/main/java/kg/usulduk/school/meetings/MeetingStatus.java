package kg.usulduk.school.meetings;

import kg.usulduk.school.RuleViolation;

/** Where a meeting stands: scheduled (it may still move, be cancelled or be held), held, or cancelled. */
public enum MeetingStatus {

	SCHEDULED, HELD, CANCELLED;

	/**
	 * Refuses what only a scheduled meeting allows (moving, changing the agenda, cancelling, holding) once it was
	 * held ({@code <context>.session.alreadyHeld}) or cancelled ({@code .cancelled}).
	 */
	public void requireScheduled(String context) {
		if (this == HELD) {
			throw RuleViolation.of(context + ".session.alreadyHeld");
		}
		if (this == CANCELLED) {
			throw RuleViolation.of(context + ".session.cancelled");
		}
	}

	/** Whether the meeting counts in the body's numbering of its year's meetings: every one not cancelled. */
	public boolean isNumbered() {
		return this != CANCELLED;
	}
}
