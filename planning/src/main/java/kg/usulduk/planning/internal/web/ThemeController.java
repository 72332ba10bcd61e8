package kg.usulduk.planning.internal.web;


import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kg.usulduk.planning.internal.SchoolThemes;
import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.web.FormErrors;
import kg.usulduk.school.SchoolTime;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 001 §6.6: the school's methodological theme of the year. */
@Controller
@RequestMapping("/theme")
class ThemeController {

	private final SchoolThemes themes;
	private final SchoolTime schoolTime;

	ThemeController(SchoolThemes themes, SchoolTime schoolTime) {
		this.themes = themes;
		this.schoolTime = schoolTime;
	}

	record ThemeForm(Integer version, Integer schoolYear, @NotBlank @Size(max = 500) String theme,
			@Size(max = 4000) String goal, @Size(max = 4000) String priorities, @Size(max = 4000) String tasks) {
	}

	@GetMapping
	String show(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) SchoolId school,
			@RequestParam(required = false) Integer year, Model model) {
		SchoolId shownSchool = school == null ? me.schoolId() : school;
		SchoolYear shownYear = year == null || year < 2000 || year > 2200 ? schoolTime.schoolYear(shownSchool)
				: new SchoolYear(year);
		var theme = themes.of(me, shownSchool, shownYear);
		model.addAttribute("year", shownYear);
		model.addAttribute("theme", theme.orElse(null));
		boolean canSet = shownSchool.equals(me.schoolId()) && me.hasAnyRole(Role.DEPUTY, Role.DIRECTOR)
				&& !me.isReadOnly();
		model.addAttribute("canSet", canSet);
		model.addAttribute("adoptingResolutions", canSet && theme.isPresent()
				? themes.adoptingResolutions(shownSchool, shownYear) : java.util.List.of());
		if (!model.containsAttribute("themeForm")) {
			model.addAttribute("themeForm", theme.map(t -> new ThemeForm(t.version(), shownYear.startYear(), t.theme(),
					t.goal(), t.priorities(), t.tasks()))
					.orElse(new ThemeForm(null, shownYear.startYear(), "", "", "", "")));
		}
		return "planning/theme";
	}

	/** 001 §5.2, §6.6: the pedagogical council's resolution that adopted the year's theme. */
	@PostMapping("/adopted-by")
	String adoptedBy(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) Integer version,
			@RequestParam(required = false) Integer schoolYear, @RequestParam(required = false) String resolution,
			RedirectAttributes redirect) {
		SchoolYear year = schoolYear == null || schoolYear < 2000 || schoolYear > 2200
				? schoolTime.schoolYear(me.schoolId()) : new SchoolYear(schoolYear);
		try {
			themes.recordAdoption(me, year, kg.usulduk.planning.internal.Adoption.refOf(resolution), version);
			redirect.addFlashAttribute("saved", "planning.adoption.saved");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation);
		}
		return "redirect:/theme?year=" + year.startYear();
	}

	@PostMapping
	String set(@AuthenticationPrincipal SchoolUser me, @Valid @ModelAttribute("themeForm") ThemeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		SchoolYear year = form.schoolYear() == null ? schoolTime.schoolYear(me.schoolId()) : new SchoolYear(form.schoolYear());
		if (!errors.hasErrors()) {
			try {
				themes.set(me, year, new SchoolThemes.Theme(form.theme(), form.goal(), form.priorities(), form.tasks(),
						null), form.version());
				redirect.addFlashAttribute("saved", "planning.theme.saved");
				return "redirect:/theme?year=" + year.startYear();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		return show(me, null, year.startYear(), model);
	}
}
