package kg.usulduk.school.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import kg.usulduk.school.Quarter;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.Violations;
import kg.usulduk.school.SchoolTime;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.internal.School;
import kg.usulduk.school.internal.SchoolAdministration;
import kg.usulduk.school.web.FormErrors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The school's record and settings, and the quarters of a school year. */
@Controller
@RequestMapping("/school/settings")
class SettingsController {

	private final SchoolAdministration administration;
	private final kg.usulduk.school.StaffDirectory staff;
	private final SchoolTime schoolTime;

	SettingsController(SchoolAdministration administration, kg.usulduk.school.StaffDirectory staff, SchoolTime schoolTime) {
		this.staff = staff;
		this.administration = administration;
		this.schoolTime = schoolTime;
	}

	record SettingsForm(Integer version,
			@NotBlank @Size(max = 200) String name,
			@Size(max = 20) String number,
			@NotNull Integer minimumAssociationSessions,
			@NotNull Integer youngTeacherYears,
			@NotNull Integer yearsBeforeArchive,
			@NotBlank @Pattern(regexp = "\\s*\\d{1,2}(\\s*,\\s*\\d{1,2})*\\s*") String reminderLeadDays,
			@NotNull Integer councilQuorumPercent,
			kg.usulduk.school.CouncilMajority councilMajority,
			kg.usulduk.school.Language documentLanguage,
			String timeZone) {

		static SettingsForm of(School school) {
			SchoolSettings s = school.settings();
			return new SettingsForm(school.version(), school.name(), school.number(),
					s.minimumAssociationSessions(), s.youngTeacherYears(), s.yearsBeforeArchive(),
					String.join(", ", s.reminderLeadDays().stream().map(String::valueOf).toList()),
					s.councilQuorumPercent(), s.councilMajority(), s.documentLanguage(), s.timeZone().getId());
		}

		SchoolSettings settings() {
			List<Integer> days = Arrays.stream(reminderLeadDays.split(",")).map(String::strip).map(Integer::valueOf).toList();
			// Issue 13: the numbers and the zone are checked together, so a form wrong in both shows both.
			Violations checks = new Violations();
			ZoneId zone = checks.get(() -> SchoolSettings.timeZone(timeZone));
			SchoolSettings settings = checks.get(() -> new SchoolSettings(minimumAssociationSessions, youngTeacherYears,
					yearsBeforeArchive, days, councilQuorumPercent, councilMajority, documentLanguage,
					zone == null ? SchoolSettings.DEFAULT_TIME_ZONE : zone));
			checks.throwIfAny();
			return settings;
		}
	}

	/** A zone of the select: its tz name (the label's key) and its offset from UTC now. */
	record ZoneOption(String id, String offset) {

		static ZoneOption of(java.time.ZoneId zone, java.time.Instant now) {
			java.time.ZoneOffset offset = zone.getRules().getOffset(now);
			return new ZoneOption(zone.getId(), offset.getTotalSeconds() == 0 ? "UTC" : "UTC" + offset.getId());
		}
	}

	/** Four quarters' first and last days. A JavaBean so that its list binds by index. */
	public static class QuartersForm {

		private Integer version;
		private int year;
		private @Valid List<QuarterRow> quarters = new ArrayList<>();

		public Integer getVersion() {
			return version;
		}

		public void setVersion(Integer version) {
			this.version = version;
		}

		public int getYear() {
			return year;
		}

		public void setYear(int year) {
			this.year = year;
		}

		public List<QuarterRow> getQuarters() {
			return quarters;
		}

		public void setQuarters(List<QuarterRow> quarters) {
			this.quarters = quarters;
		}
	}

	public static class QuarterRow {

		private @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate start;
		private @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate end;

		public LocalDate getStart() {
			return start;
		}

		public void setStart(LocalDate start) {
			this.start = start;
		}

		public LocalDate getEnd() {
			return end;
		}

		public void setEnd(LocalDate end) {
			this.end = end;
		}
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String show(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) Integer year, Model model) {
		School school = administration.school(me, me.schoolId());
		SchoolYear shown = year == null ? SchoolYear.of(schoolTime.today(school.settings().timeZone())) : new SchoolYear(year);
		model.addAttribute("settingsForm", SettingsForm.of(school));
		model.addAttribute("quartersForm", quartersForm(school, shown));
		return page(school, shown, model);
	}

	@PostMapping
	String save(@AuthenticationPrincipal SchoolUser me, @Valid @ModelAttribute("settingsForm") SettingsForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		School school = administration.school(me, me.schoolId());
		SchoolYear year = SchoolYear.of(schoolTime.today(school.settings().timeZone()));
		if (!errors.hasErrors()) {
			try {
				administration.describe(me, form.version(), form.name(), form.number(), form.settings());
				redirect.addFlashAttribute("saved", true);
				return "redirect:/school/settings";
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		model.addAttribute("quartersForm", quartersForm(school, year));
		return page(school, year, model);
	}

	/**
	 * The deputies' duties (001 §5.3, §5.7, §9; 003 §4.1): each given to one deputy, or left to every deputy. Each
	 * select is named after its duty; an empty value leaves it to every deputy.
	 */
	@PostMapping("/duties")
	String saveDuties(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) Integer version,
			@RequestParam java.util.Map<String, String> params, RedirectAttributes redirect) {
		java.util.Map<kg.usulduk.school.DeputyDuty, kg.usulduk.school.StaffId> assignment =
				new java.util.EnumMap<>(kg.usulduk.school.DeputyDuty.class);
		try {
			for (kg.usulduk.school.DeputyDuty duty : kg.usulduk.school.DeputyDuty.values()) {
				String value = params.getOrDefault(duty.name(), "").strip();
				if (!value.isEmpty()) {
					assignment.put(duty, staffId(value, duty));
				}
			}
			administration.assignDuties(me, version, assignment);
			redirect.addFlashAttribute("saved", true);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("dutiesRefusal", violation.code());
			redirect.addFlashAttribute("dutiesRefusalArguments", violation.arguments());
		}
		return "redirect:/school/settings#duties";
	}

	private static kg.usulduk.school.StaffId staffId(String value, kg.usulduk.school.DeputyDuty duty) {
		try {
			return new kg.usulduk.school.StaffId(java.util.UUID.fromString(value));
		}
		catch (IllegalArgumentException e) {
			throw RuleViolation.onField("duties[" + duty + "]", "school.staff.notOfSchool");
		}
	}

	@PostMapping("/quarters")
	String saveQuarters(@AuthenticationPrincipal SchoolUser me, @Valid @ModelAttribute("quartersForm") QuartersForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		School school = administration.school(me, me.schoolId());
		SchoolYear year = new SchoolYear(form.getYear());
		if (!errors.hasErrors()) {
			try {
				List<Quarter> quarters = new ArrayList<>();
				for (int i = 0; i < form.getQuarters().size(); i++) {
					QuarterRow row = form.getQuarters().get(i);
					quarters.add(new Quarter(year, i + 1, row.getStart(), row.getEnd()));
				}
				administration.setQuarters(me, form.getVersion(), year, quarters);
				redirect.addFlashAttribute("saved", true);
				return "redirect:/school/settings?year=" + year.startYear();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		model.addAttribute("settingsForm", SettingsForm.of(school));
		return page(school, year, model);
	}

	private String page(School school, SchoolYear year, Model model) {
		model.addAttribute("school", school);
		model.addAttribute("districtName", administration.districtName(school));
		model.addAttribute("majorities", kg.usulduk.school.CouncilMajority.values());
		model.addAttribute("timeZones", SchoolSettings.TIME_ZONES.stream().map(zone -> ZoneOption.of(zone, schoolTime.instant()))
				.toList());
		model.addAttribute("duties", kg.usulduk.school.DeputyDuty.values());
		model.addAttribute("assignedDuties", school.duties());
		model.addAttribute("deputies", staff.activeStaffWithRole(school.getId(), kg.usulduk.school.Role.DEPUTY));
		model.addAttribute("canEdit", model.getAttribute("me") instanceof SchoolUser me && administration.mayChangeSettings(me));
		model.addAttribute("year", year);
		model.addAttribute("quartersSet", school.hasQuartersSetFor(year));
		return "school/settings";
	}

	private static QuartersForm quartersForm(School school, SchoolYear year) {
		QuartersForm form = new QuartersForm();
		form.setVersion(school.version());
		form.setYear(year.startYear());
		for (Quarter quarter : school.quarters(year)) {
			QuarterRow row = new QuarterRow();
			row.setStart(quarter.start());
			row.setEnd(quarter.end());
			form.getQuarters().add(row);
		}
		return form;
	}
}
