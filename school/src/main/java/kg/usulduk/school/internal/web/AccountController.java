package kg.usulduk.school.internal.web;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.internal.AccountId;
import kg.usulduk.school.internal.AccountListing;
import kg.usulduk.school.internal.AccountManagement;
import kg.usulduk.school.internal.Access;
import kg.usulduk.school.web.FormErrors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Accounts: the administrator's page. */
@Controller
@RequestMapping("/accounts")
class AccountController {

	private final AccountManagement management;
	private final AccountListing listing;
	private final Access access;

	private final java.time.Clock clock;

	AccountController(AccountManagement management, AccountListing listing, Access access, java.time.Clock clock) {
		this.management = management;
		this.listing = listing;
		this.access = access;
		this.clock = clock;
	}

	record AccountForm(@NotNull UUID staffId, @NotBlank @Size(max = 60) String username,
			@NotBlank @Size(max = 128) String password, @NotEmpty Set<Role> roles) {

		static AccountForm empty() {
			return new AccountForm(null, "", "", EnumSet.of(Role.TEACHER));
		}
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@AuthenticationPrincipal SchoolUser me, Model model) {
		access.requireAdministrator(me);
		model.addAttribute("accountForm", AccountForm.empty());
		return page(me, model);
	}

	@PostMapping
	String open(@AuthenticationPrincipal SchoolUser me, @Valid @ModelAttribute("accountForm") AccountForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				management.open(me, new StaffId(form.staffId()), form.username(), form.password(), chosen(form.roles()));
				redirect.addFlashAttribute("saved", form.username());
				return "redirect:/accounts";
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		return page(me, model);
	}

	@PostMapping("/{id}/roles")
	String changeRoles(@AuthenticationPrincipal SchoolUser me, @PathVariable UUID id, @RequestParam Integer version,
			@RequestParam(required = false) Set<Role> roles, RedirectAttributes redirect) {
		return act(redirect, () -> management.changeRoles(me, new AccountId(id), version, chosen(roles)));
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal SchoolUser me, @PathVariable UUID id, @RequestParam Integer version,
			@RequestParam String password, RedirectAttributes redirect) {
		return act(redirect, () -> management.resetPassword(me, new AccountId(id), version, password));
	}

	@PostMapping("/{id}/disable")
	String disable(@AuthenticationPrincipal SchoolUser me, @PathVariable UUID id, @RequestParam Integer version,
			RedirectAttributes redirect) {
		return act(redirect, () -> management.disable(me, new AccountId(id), version));
	}

	@PostMapping("/{id}/enable")
	String enable(@AuthenticationPrincipal SchoolUser me, @PathVariable UUID id, @RequestParam Integer version,
			RedirectAttributes redirect) {
		return act(redirect, () -> management.enable(me, new AccountId(id), version));
	}

	/** The roles ticked: a blank value ({@code roles= }) binds as no role, not as a role that is null. */
	private static Set<Role> chosen(Set<Role> roles) {
		Set<Role> chosen = EnumSet.noneOf(Role.class);
		if (roles != null) {
			roles.stream().filter(java.util.Objects::nonNull).forEach(chosen::add);
		}
		return chosen;
	}

	private String act(RedirectAttributes redirect, Runnable action) {
		try {
			action.run();
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			// The table has one small form per account: the refusal is shown above it.
			redirect.addFlashAttribute("refusal", violation.code());
			redirect.addFlashAttribute("refusalArguments", violation.arguments());
		}
		return "redirect:/accounts";
	}

	private String page(SchoolUser me, Model model) {
		model.addAttribute("accounts", listing.accounts(me.schoolId(), clock.instant()));
		model.addAttribute("withoutAccount", listing.staffWithoutAccount(me.schoolId()));
		model.addAttribute("roles", List.copyOf(Role.grantableBySchool()));
		return "school/accounts";
	}
}
