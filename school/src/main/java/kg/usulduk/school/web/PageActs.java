package kg.usulduk.school.web;

import kg.usulduk.school.RuleViolation;

import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An act from one of the small forms of a page that carries several (an association's, a session's, a council's):
 * done, with a message key for the next page ({@code saved}); or refused, with the reason on the form's field or,
 * when it concerns the act as a whole, as {@code refusal} for the top of the page, since the form may not be shown
 * any more. {@code formFailed} tells the page an act failed. A conflict (the record changed since the form was
 * shown, or the same thing was just saved by a second click) is refused the same way, so the form keeps what the
 * person typed (see {@link Conflicts}).
 */
public final class PageActs {

	private PageActs() {
	}

	/** Runs the act unless the form already has errors; true when it was done. */
	public static boolean done(BindingResult errors, Model model, RedirectAttributes redirect, Runnable act,
			String savedMessage) {
		if (!errors.hasErrors()) {
			try {
				act.run();
				redirect.addFlashAttribute("saved", savedMessage);
				return true;
			}
			catch (RuntimeException failure) {
				RuleViolation violation = failure instanceof RuleViolation refused ? refused : Conflicts.refusalFor(failure);
				if (violation == null) {
					throw failure;
				}
				FormErrors.reject(errors, violation);
				if (violation.field() == null || !errors.hasFieldErrors(violation.field())) {
					model.addAttribute("refusal", violation);
				}
			}
		}
		model.addAttribute("formFailed", true);
		return false;
	}
}
