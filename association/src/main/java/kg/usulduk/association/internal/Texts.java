package kg.usulduk.association.internal;

import kg.usulduk.school.RuleViolation;

/** Checks of typed text shared by the association's aggregates: present, trimmed, not too long. */
final class Texts {

	private Texts() {
	}

	static String required(String field, String value, int maxLength) {
		String text = optional(field, value, maxLength);
		if (text == null) {
			throw RuleViolation.onField(field, "validation.required");
		}
		return text;
	}

	static String optional(String field, String value, int maxLength) {
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
