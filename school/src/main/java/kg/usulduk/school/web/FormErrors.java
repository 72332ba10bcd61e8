package kg.usulduk.school.web;

import kg.usulduk.school.RuleViolation;

import org.springframework.validation.BindingResult;

/** Puts a domain refusal on the form that caused it: on its field where it names one, else on the form. */
public final class FormErrors {

	private FormErrors() {
	}

	/** Each refusal on its field (all of them at once, where the act found several), the others on the form. */
	public static void reject(BindingResult form, RuleViolation violations) {
		for (RuleViolation violation : violations.all()) {
			rejectOne(form, violation);
		}
	}

	private static void rejectOne(BindingResult form, RuleViolation violation) {
		String field = violation.field();
		if (field != null && form.getTarget() != null && hasField(form, field)) {
			form.rejectValue(field, violation.code(), violation.arguments(), violation.code());
		}
		else {
			form.reject(violation.code(), violation.arguments(), violation.code());
		}
	}

	private static boolean hasField(BindingResult form, String field) {
		try {
			return form.getFieldType(field) != null;
		}
		catch (RuntimeException e) {
			return false;
		}
	}
}
