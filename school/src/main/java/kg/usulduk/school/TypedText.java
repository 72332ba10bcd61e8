package kg.usulduk.school;

/**
 * Checks of text people type, for every context's aggregates and value objects: present where required,
 * trimmed, not longer than its column. A refusal names the field, so the form shows it there.
 */
public final class TypedText {

	private TypedText() {
	}

	/** The trimmed text; refused when empty or too long. */
	public static String required(String field, String value, int maxLength) {
		String text = optional(field, value, maxLength);
		if (text == null) {
			throw RuleViolation.onField(field, "validation.required");
		}
		return text;
	}

	/** The trimmed text, or {@code null} when empty; refused when too long. */
	public static String optional(String field, String value, int maxLength) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > maxLength) {
			throw RuleViolation.onField(field, "validation.tooLong", maxLength);
		}
		return text;
	}
}
