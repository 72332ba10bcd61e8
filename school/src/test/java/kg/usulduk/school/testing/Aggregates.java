package kg.usulduk.school.testing;

import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.Method;
import java.util.Collection;
import java.util.List;

import kg.usulduk.school.RuleViolation;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.springframework.data.domain.AbstractAggregateRoot;

/** For every context's domain tests: the events an aggregate registered, and the refusal an act causes. */
public final class Aggregates {

	private Aggregates() {
	}

	/**
	 * The events an aggregate has registered and not yet published. {@code domainEvents()} is protected in
	 * Spring's {@link AbstractAggregateRoot}, which lives in another package, so a test reaches it reflectively.
	 */
	public static List<Object> events(AbstractAggregateRoot<?> aggregate) {
		return List.copyOf((Collection<?>) invoke(aggregate, "domainEvents"));
	}

	public static <T> List<T> events(AbstractAggregateRoot<?> aggregate, Class<T> type) {
		return events(aggregate).stream().filter(type::isInstance).map(type::cast).toList();
	}

	/** Forgets what an aggregate registered so far, as publishing after a save would. */
	public static void forgetEvents(AbstractAggregateRoot<?> aggregate) {
		invoke(aggregate, "clearDomainEvents");
	}

	/** The refusal the act causes; fails the test when the act is not refused. */
	public static RuleViolation refusal(ThrowingCallable act) {
		try {
			act.call();
		}
		catch (RuleViolation violation) {
			return violation;
		}
		catch (Throwable other) {
			throw new AssertionError("expected a RuleViolation, got " + other, other);
		}
		return fail("expected the act to be refused");
	}

	private static Object invoke(AbstractAggregateRoot<?> aggregate, String name) {
		try {
			Method method = AbstractAggregateRoot.class.getDeclaredMethod(name);
			method.setAccessible(true);
			return method.invoke(aggregate);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Spring's AbstractAggregateRoot has no " + name + "()", e);
		}
	}
}
