package kg.usulduk.mentorship.internal.web;

import kg.usulduk.mentorship.internal.MentorshipManagement;
import kg.usulduk.school.web.PageActs;
import kg.usulduk.school.SchoolUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a school sets for its mentors (plan IV.1.A): the minimum experience and the most mentees of a mentor. */
@Controller
@RequestMapping("/mentorship/settings")
class MentorshipSettingsController {

	private final MentorshipManagement management;

	MentorshipSettingsController(MentorshipManagement management) {
		this.management = management;
	}

	record SettingsForm(Integer mentorMinimumYears, Integer maximumMentees) {
	}

	@GetMapping
	String show(@AuthenticationPrincipal SchoolUser me, Model model) {
		var values = management.settings(me);
		model.addAttribute("settingsForm", new SettingsForm(values.mentorMinimumYears(), values.maximumMentees()));
		return "mentorship/settings";
	}

	@PostMapping
	String change(@AuthenticationPrincipal SchoolUser me, @ModelAttribute("settingsForm") SettingsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		management.settings(me);
		if (PageActs.done(errors, model, redirect,
				() -> management.changeSettings(me, form.mentorMinimumYears(), form.maximumMentees()),
				"mentorship.saved.settings")) {
			return "redirect:/mentorship/settings";
		}
		return "mentorship/settings";
	}
}
