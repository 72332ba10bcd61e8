package kg.usulduk.school;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs a form's independent checks one after another and keeps every refusal, so that the person sees all that is
 * wrong at once rather than one field a try (issue 13). A check that depends on another's result is run only when
 * that result is there.
 *
 * <pre>
 * Violations checks = new Violations();
 * String title = checks.get(() -> TypedText.required("title", plan.title(), 300));
 * checks.run(() -> requireMember(plan.responsible()));
 * checks.throwIfAny();
 * </pre>
 */
public final class Violations {

	private final List<RuleViolation> found = new ArrayList<>();

	/** The check's value, or {@code null} when it refused (its refusal is kept). */
	public <T> T get(Supplier<T> check) {
		try {
			return check.get();
		}
		catch (RuleViolation violation) {
			found.add(violation);
			return null;
		}
	}

	/** Runs a check that gives nothing back, keeping its refusal. */
	public void run(Runnable check) {
		try {
			check.run();
		}
		catch (RuleViolation violation) {
			found.add(violation);
		}
	}

	/** Whether a refusal on this field was kept (a later check of the same field then says nothing new). */
	public boolean refused(String field) {
		return found.stream().flatMap(violation -> violation.all().stream())
				.anyMatch(violation -> field.equals(violation.field()));
	}

	/** Throws every refusal kept, together. */
	public void throwIfAny() {
		if (!found.isEmpty()) {
			throw RuleViolation.all(found);
		}
	}
}
