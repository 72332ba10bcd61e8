package kg.usulduk.school.internal.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import kg.usulduk.school.Education;
import kg.usulduk.school.Language;
import kg.usulduk.school.QualificationCategory;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.internal.Access;
import kg.usulduk.school.internal.School;
import kg.usulduk.school.internal.SchoolAdministration;
import kg.usulduk.school.internal.StaffListing;
import kg.usulduk.school.internal.StaffManagement;
import kg.usulduk.school.internal.StaffMember;
import kg.usulduk.school.internal.StaffProfile;
import kg.usulduk.school.web.FormErrors;
import kg.usulduk.school.SchoolTime;

import org.springframework.data.domain.PageRequest;
import org.springframework.format.annotation.DateTimeFormat;
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
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/** The staff directory: the list with search and paging, and the form for one person. */
@Controller
@RequestMapping("/staff")
class StaffController {

	static final int PAGE_SIZE = 20;

	private final StaffManagement management;
	private final StaffListing listing;
	private final SchoolAdministration administration;
	private final Access access;
	private final SchoolTime schoolTime;

	StaffController(StaffManagement management, StaffListing listing, SchoolAdministration administration,
			Access access, SchoolTime schoolTime) {
		this.management = management;
		this.listing = listing;
		this.administration = administration;
		this.access = access;
		this.schoolTime = schoolTime;
	}

	record StaffForm(Integer version,
			@NotBlank @Size(max = 200) String fullName,
			@NotBlank @Size(max = 100) String position,
			@Size(max = 600) String subjects,
			@NotNull Education education,
			@NotNull QualificationCategory category,
			@PastOrPresent @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate teachingSince,
			@NotBlank @Email @Size(max = 254) String email,
			@NotNull Language language) {

		static StaffForm empty() {
			return new StaffForm(null, "", "", "", Education.HIGHER, QualificationCategory.NONE, null, "", Language.DEFAULT);
		}

		static StaffForm of(StaffMember member) {
			StaffProfile p = member.profile();
			return new StaffForm(member.version(), p.fullName(), p.position(), String.join(", ", p.subjects()),
					p.education(), p.category(), p.teachingSince(), p.email(), p.language());
		}

		StaffProfile profile() {
			List<String> list = subjects == null ? List.of() : Arrays.stream(subjects.split("[,;\\n]")).toList();
			return new StaffProfile(fullName, position, list, education, category, teachingSince, email, language);
		}
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@ModelAttribute
	void choices(Model model) {
		model.addAttribute("educations", Education.values());
		model.addAttribute("categories", QualificationCategory.values());
		model.addAttribute("staffLanguages", Language.values());
	}

	@GetMapping
	String list(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) SchoolId school,
			@RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "ACTIVE") StaffListing.Status status,
			@RequestParam(defaultValue = "0") int page, Model model) {
		School shown = administration.school(me, school == null ? me.schoolId() : school);
		var rows = listing.find(shown.getId(), q.length() > 100 ? q.substring(0, 100) : q, status,
				PageRequest.of(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("school", shown);
		model.addAttribute("rows", rows);
		model.addAttribute("q", q);
		model.addAttribute("status", status);
		model.addAttribute("statuses", StaffListing.Status.values());
		model.addAttribute("today", schoolTime.today(shown.settings().timeZone()));
		model.addAttribute("canEdit", shown.getId().equals(me.schoolId()) && access.mayKeepStaff(me));
		return "school/staff-list";
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal SchoolUser me, Model model) {
		access.requireStaffKeeper(me);
		model.addAttribute("staffForm", StaffForm.empty());
		return "school/staff-form";
	}

	@PostMapping
	String join(@AuthenticationPrincipal SchoolUser me, @Valid @ModelAttribute("staffForm") StaffForm form,
			BindingResult errors, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				StaffMember member = management.join(me, form.profile());
				redirect.addFlashAttribute("saved", member.fullName());
				return "redirect:/staff";
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		return "school/staff-form";
	}

	@GetMapping("/{id}")
	String edit(@AuthenticationPrincipal SchoolUser me, @PathVariable StaffId id, Model model) {
		StaffMember member = management.find(me, me.schoolId(), id);
		model.addAttribute("member", member);
		model.addAttribute("staffForm", StaffForm.of(member));
		model.addAttribute("canEdit", access.mayKeepStaff(me));
		return "school/staff-form";
	}

	@PostMapping("/{id}")
	String update(@AuthenticationPrincipal SchoolUser me, @PathVariable StaffId id,
			@Valid @ModelAttribute("staffForm") StaffForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		StaffMember member = management.find(me, me.schoolId(), id);
		if (!errors.hasErrors()) {
			try {
				management.update(me, id, form.version(), form.profile());
				redirect.addFlashAttribute("saved", form.fullName());
				return "redirect:/staff";
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		model.addAttribute("member", member);
		model.addAttribute("canEdit", true);
		return "school/staff-form";
	}

	@PostMapping("/{id}/leave")
	String leave(@AuthenticationPrincipal SchoolUser me, @PathVariable StaffId id, @RequestParam Integer version,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
			RedirectAttributes redirect) {
		StaffMember member = management.leave(me, id, version, on);
		redirect.addFlashAttribute("left", member.fullName());
		return "redirect:/staff";
	}

	@PostMapping("/{id}/return")
	String returnToSchool(@AuthenticationPrincipal SchoolUser me, @PathVariable StaffId id,
			@RequestParam Integer version, RedirectAttributes redirect) {
		StaffMember member = management.returnToSchool(me, id, version);
		redirect.addFlashAttribute("saved", member.fullName());
		return "redirect:/staff/" + id;
	}
}
