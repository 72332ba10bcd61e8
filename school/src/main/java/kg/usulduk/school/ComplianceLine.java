package kg.usulduk.school;

import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * One rule of the regulations as it stands for one body of a school in a school year — an association's sessions
 * against the school's minimum (001 §5.5), the council's session of a quarter (003 §5.1), a work plan's approval
 * (001 §5.3) — with the reason and the page where it is acted on. The contexts judge their rules with their own domain
 * objects; the compliance page, upstream, shows every context's lines in one table without knowing the contexts.
 *
 * @param school    the school the body belongs to
 * @param scope     what kind of body the rule is about: the table groups and orders by it
 * @param scopeId   the body's id (an association's, a council's), so the lines of one body stay together
 * @param scopeName the body's name in the school's words (an association's name); empty where the scope's own name
 *                  says it (the methodological council)
 * @param clause    the regulation's clause, e.g. {@code 001 §5.5}
 * @param rule      the message key naming the rule, e.g. {@code association.rule.MINIMUM_SESSIONS}
 * @param message   the message key of the reason; {@code arguments} fill its placeholders
 * @param standing  met, on track, at risk or broken
 * @param link      the page where the rule is acted on, e.g. {@code /associations/…}
 * @param progress  how far a counted rule is (sessions held of the minimum), for the charts; {@code null} for a rule
 *                  that is not a count
 */
public record ComplianceLine(SchoolId school, Scope scope, String scopeId, String scopeName, String clause,
		String rule, String message, List<Object> arguments, Standing standing, String link, Progress progress)
		implements ValueObject {

	/** The kinds of bodies the regulations set rules for, in the order the table shows them. */
	public enum Scope {
		COUNCIL, ASSOCIATION, PLAN,
		/** A young teacher and their mentor (001 §2.1, plan IV.1), after the associations. */
		MENTORSHIP
	}

	/** Ordered from good to bad, so that the worst of several is their maximum. */
	public enum Standing {
		MET, ON_TRACK, AT_RISK, BROKEN;

		/** Whether someone should act on it: at risk or broken. */
		public boolean wantsAction() {
			return this == AT_RISK || this == BROKEN;
		}
	}

	/**
	 * A counted rule's progress: {@code done} of {@code target}, drawn as one bar labelled by the message
	 * {@code label} with {@code labelArguments}.
	 */
	public record Progress(String label, List<Object> labelArguments, int done, int target) implements ValueObject {

		public Progress {
			Objects.requireNonNull(label, "label");
			labelArguments = List.copyOf(labelArguments);
			if (done < 0 || target < 0) {
				throw new IllegalArgumentException("Progress counts are never negative");
			}
		}
	}

	public ComplianceLine {
		Objects.requireNonNull(school, "school");
		Objects.requireNonNull(scope, "scope");
		Objects.requireNonNull(clause, "clause");
		Objects.requireNonNull(rule, "rule");
		Objects.requireNonNull(message, "message");
		Objects.requireNonNull(standing, "standing");
		Objects.requireNonNull(link, "link");
		scopeName = scopeName == null ? "" : scopeName;
		arguments = List.copyOf(arguments);
	}

	public Object[] argumentArray() {
		return arguments.toArray();
	}
}
