package kg.usulduk.school;

/**
 * Checks of text people type, for every context's aggregates and value objects: present where required,
 * trimmed, not longer than its column, and free of control characters (a NUL, which PostgreSQL refuses to store;
 * an escape; a line break where a field has one line). A refusal names the field, so the form shows it there.
 * <p>
 * {@link #required} and {@link #optional} are for one-line fields (names, titles, places, reasons);
 * {@link #requiredText} and {@link #optionalText} for fields of several lines (a textarea), which keep line breaks
 * and tabs.
 */
public final class TypedText {

	private TypedText() {
	}

	/** The trimmed one-line text; refused when empty, too long, or holding a line break or control character. */
	public static String required(String field, String value, int maxLength) {
		return present(field, optional(field, value, maxLength));
	}

	/** The trimmed one-line text, or {@code null} when empty; refused when too long or holding a control character. */
	public static String optional(String field, String value, int maxLength) {
		return checked(field, value, maxLength, false);
	}

	/** The trimmed text of several lines; refused when empty, too long, or holding a control character. */
	public static String requiredText(String field, String value, int maxLength) {
		return present(field, optionalText(field, value, maxLength));
	}

	/** The trimmed text of several lines, or {@code null} when empty; refused when too long or holding a control character. */
	public static String optionalText(String field, String value, int maxLength) {
		return checked(field, value, maxLength, true);
	}

	private static String present(String field, String text) {
		if (text == null) {
			throw RuleViolation.onField(field, "validation.required");
		}
		return text;
	}

	private static String checked(String field, String value, int maxLength, boolean lines) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		if (text.length() > maxLength) {
			throw RuleViolation.onField(field, "validation.tooLong", maxLength);
		}
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
				if (!lines) {
					throw RuleViolation.onField(field, "validation.oneLine");
				}
			}
			else if (Character.isISOControl(c) && !(lines && c == '\t')) {
				throw RuleViolation.onField(field, "validation.controlCharacter");
			}
			else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1)))) {
				if (!(Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)))) {
					throw RuleViolation.onField(field, "validation.controlCharacter");
				}
			}
		}
		return text;
	}
}
