package kg.usulduk.school.internal.web;

import java.util.UUID;

import kg.usulduk.school.DistrictId;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.internal.AccountId;
import kg.usulduk.school.internal.DeploymentOperator;
import kg.usulduk.school.internal.DistrictAdministration;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The deployment administrator's page: districts, their schools and their observers. */
@Controller
@RequestMapping("/districts")
class DistrictController {

	private final DistrictAdministration districts;

	DistrictController(DistrictAdministration districts) {
		this.districts = districts;
	}

	@GetMapping
	String overview(@AuthenticationPrincipal DeploymentOperator operator, Model model) {
		model.addAttribute("districts", districts.overview(operator));
		return "school/districts";
	}

	@PostMapping
	String open(@AuthenticationPrincipal DeploymentOperator operator, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		return act(redirect, () -> districts.open(operator, name));
	}

	@PostMapping("/{id}/name")
	String rename(@AuthenticationPrincipal DeploymentOperator operator, @PathVariable UUID id,
			@RequestParam(required = false) Integer version, @RequestParam(defaultValue = "") String name,
			RedirectAttributes redirect) {
		return act(redirect, () -> districts.rename(operator, new DistrictId(id), version, name));
	}

	@PostMapping("/schools/{id}/district")
	String moveSchool(@AuthenticationPrincipal DeploymentOperator operator, @PathVariable UUID id,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) UUID district,
			RedirectAttributes redirect) {
		return act(redirect, () -> {
			if (district == null) {
				throw RuleViolation.onField("district", "school.district.unknown");
			}
			districts.moveSchool(operator, new SchoolId(id), version, new DistrictId(district));
		});
	}

	@PostMapping("/{id}/observers")
	String grantObserver(@AuthenticationPrincipal DeploymentOperator operator, @PathVariable UUID id,
			@RequestParam(defaultValue = "") String username, RedirectAttributes redirect) {
		return act(redirect, () -> districts.grantObserver(operator, new DistrictId(id), username));
	}

	@PostMapping("/observers/{id}/withdraw")
	String withdrawObserver(@AuthenticationPrincipal DeploymentOperator operator, @PathVariable UUID id,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		return act(redirect, () -> districts.withdrawObserver(operator, new AccountId(id), version));
	}

	private static String act(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation.code());
			redirect.addFlashAttribute("refusalArguments", violation.arguments());
		}
		return "redirect:/districts";
	}
}
