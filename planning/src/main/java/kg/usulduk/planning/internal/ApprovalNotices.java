package kg.usulduk.planning.internal;

import java.util.Collection;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.springframework.stereotype.Component;

/**
 * The notices of approval steps (issue 13: every step tells the next person and the author), for the plans and the
 * calendar-thematic plans: delivered by the {@link Notifier}, in the same transaction as the step.
 */
@Component
public class ApprovalNotices {

	/** The steps told. */
	public enum Step {
		PLAN_AGREED, PLAN_APPROVED, PLAN_RETURNED, THEMATIC_APPROVED
	}

	private final Notifier notifier;

	ApprovalNotices(Notifier notifier) {
		this.notifier = notifier;
	}

	/**
	 * Tells the recipients (but the actor) of a step, once per {@code stepKey}: the arguments fill the notice's
	 * subject and body ({0} what, {1} who took the step, {2} their comment).
	 */
	public void tell(SchoolId school, Step step, String stepKey, String link, StaffId actor,
			Collection<StaffId> recipients, Object... arguments) {
		notifier.approval(school, Notifier.Notice.valueOf(step.name()), stepKey, link, actor, recipients, arguments);
	}
}
