package kg.usulduk.planning.internal.plans;

import java.time.Instant;

import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** One step of a plan's way to approval (001 §5.3): who did what, when, and what they said. */
@Table(schema = "planning", name = "work_plan_steps")
public record ApprovalStep(Act act, StaffId byStaff, Instant at, String comment) implements ValueObject {

	public enum Act {
		/** A new version was started from the approved one. */
		REVISED,
		/** The deputy agreed to the plan. */
		AGREED,
		/** The director approved it. */
		APPROVED,
		/** Sent back to draft with a comment. */
		RETURNED,
		/** A later approved version took its place. */
		REPLACED
	}
}
