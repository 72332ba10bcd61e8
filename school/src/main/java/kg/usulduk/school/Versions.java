package kg.usulduk.school;

import java.util.Objects;

import org.springframework.dao.OptimisticLockingFailureException;

/**
 * Optimistic locking across a form's round trip, for every context: the form carries the version it showed, and an act on a
 * record that changed since is refused rather than silently overwriting the other person's change.
 */
public final class Versions {

	private Versions() {
	}

	public static void expect(Integer expected, Integer actual, Object what) {
		if (expected != null && !Objects.equals(expected, actual)) {
			throw new OptimisticLockingFailureException(what + " changed since it was shown (version " + expected
					+ ", now " + actual + ")");
		}
	}
}
