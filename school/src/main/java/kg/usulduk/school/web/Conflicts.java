package kg.usulduk.school.web;

import kg.usulduk.school.RuleViolation;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.relational.core.conversion.DbActionExecutionException;

/**
 * Two people, or two tabs, or a double click, acting on the same thing at once: the record changed since the form
 * was shown, or a unique key refused a second identical record. On a form, the second act is refused with a
 * translated message and the form keeps what was typed.
 */
public final class Conflicts {

	private Conflicts() {
	}

	/** The refusal to show for a conflict, or {@code null} when the failure is no conflict. */
	public static RuleViolation refusalFor(RuntimeException failure) {
		Throwable e = failure instanceof DbActionExecutionException ? failure.getCause() : failure;
		if (e instanceof OptimisticLockingFailureException) {
			return RuleViolation.of("error.concurrentEdit");
		}
		if (e instanceof DuplicateKeyException) {
			return RuleViolation.of("error.alreadyExists");
		}
		return null;
	}
}
