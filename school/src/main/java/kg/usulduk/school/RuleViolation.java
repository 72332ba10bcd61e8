package kg.usulduk.school;

import java.util.Arrays;
import java.util.Objects;

/**
 * A domain object refused an act: the regulations or the data forbid it. Carries a message key (from a
 * context's bundle) and its arguments, so pages and problem details can say it in the user's language; and,
 * where the refusal is about one form field, that field's name.
 * <p>
 * Every context throws this for a refusal the user can understand and correct; the web layer turns it into a
 * form error or an RFC 9457 problem detail (status 422), never into a 500.
 */
public class RuleViolation extends RuntimeException {

	private final String code;
	private final String field;
	private final Object[] arguments;
	private final java.util.List<RuleViolation> all;

	private RuleViolation(String field, String code, Object... arguments) {
		super(code + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
		this.code = Objects.requireNonNull(code);
		this.field = field;
		this.arguments = arguments.clone();
		this.all = java.util.List.of(this);
	}

	private RuleViolation(java.util.List<RuleViolation> all) {
		super(all.stream().map(Throwable::getMessage).collect(java.util.stream.Collectors.joining("; ")));
		RuleViolation first = all.get(0);
		this.code = first.code;
		this.field = first.field;
		this.arguments = first.arguments;
		this.all = java.util.List.copyOf(all);
	}

	/**
	 * Several refusals of one act, each about its own field, so that a form shows them all at once (issue 13); the
	 * first stands for them where only one can be said.
	 */
	public static RuleViolation all(java.util.List<RuleViolation> violations) {
		if (violations.isEmpty()) {
			throw new IllegalArgumentException("no violation");
		}
		java.util.List<RuleViolation> flat = violations.stream().flatMap(violation -> violation.all().stream()).toList();
		return flat.size() == 1 ? flat.get(0) : new RuleViolation(flat);
	}

	/** Each refusal this one stands for: itself, or the several found at once. */
	public java.util.List<RuleViolation> all() {
		return all;
	}

	/** A refusal of the act as a whole. */
	public static RuleViolation of(String code, Object... arguments) {
		return new RuleViolation(null, code, arguments);
	}

	/** A refusal caused by one field's value. */
	public static RuleViolation onField(String field, String code, Object... arguments) {
		return new RuleViolation(Objects.requireNonNull(field), code, arguments);
	}

	/** The message key. */
	public String code() {
		return code;
	}

	/** The form field this refusal is about, or {@code null} when it is about the whole act. */
	public String field() {
		return field;
	}

	public Object[] arguments() {
		return arguments.clone();
	}
}
