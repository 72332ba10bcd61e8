package kg.usulduk.association.internal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kg.usulduk.association.ActivityId;
import kg.usulduk.association.ActivityKind;
import kg.usulduk.association.AssociationId;
import kg.usulduk.association.internal.Activities;
import kg.usulduk.association.internal.Activity;
import kg.usulduk.association.internal.ActivityManagement;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationAccess;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.AssociationOverview;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.web.FormErrors;
import kg.usulduk.school.web.PageActs;
import kg.usulduk.school.web.StaffNames;
import kg.usulduk.school.SchoolTime;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The schedule of activities per month, scheduling an activity, and its page (held, cancelled, visit analysis). */
@Controller
class ActivityController {

	private final ActivityManagement management;
	private final AssociationManagement associations;
	private final AssociationOverview overview;
	private final AssociationAccess access;
	private final Activities activities;
	private final StaffDirectory staff;
	private final StaffNames names;
	private final SchoolTime schoolTime;

	ActivityController(ActivityManagement management, AssociationManagement associations, AssociationOverview overview,
			AssociationAccess access, Activities activities, StaffDirectory staff, StaffNames names, SchoolTime schoolTime) {
		this.management = management;
		this.associations = associations;
		this.overview = overview;
		this.access = access;
		this.activities = activities;
		this.staff = staff;
		this.names = names;
		this.schoolTime = schoolTime;
	}

	record ActivityForm(@NotNull ActivityKind kind, @NotBlank @Size(max = 300) String title,
			@NotNull StaffId responsible, StaffId visited,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@DateTimeFormat(pattern = "HH:mm") LocalTime time, @Size(max = 30) String classGroup,
			@Size(max = 10000) String plan, ActivityId seminar) {

		Activity.Plan toPlan() {
			return new Activity.Plan(kind, title, responsible, visited, date, until, time, classGroup, plan, seminar);
		}
	}

	/**
	 * A line of the schedule. Templates get the association's name here rather than from a map: Spring's conversion
	 * service would turn an id passed to {@code Map.get(Object)} into its UUID, and the lookup would miss.
	 */
	record ScheduleRow(Activity activity, String associationName) {
	}

	record OutcomeForm(Integer version, @NotBlank @Size(max = 10000) String outcome) {
	}

	record ReasonForm(Integer version, @NotBlank @Size(max = 500) String reason,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until,
			@DateTimeFormat(pattern = "HH:mm") LocalTime time) {
	}

	record AnalysisForm(Integer version, @NotBlank @Size(max = 10000) String analysis) {
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** The month's activities of all the school's associations, as a table by day. */
	@GetMapping("/activities")
	String schedule(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) SchoolId school,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) AssociationId association, Model model) {
		SchoolProfile shown = access.readableSchool(me, school == null ? me.schoolId() : school);
		YearMonth shownMonth = month == null ? YearMonth.from(schoolTime.today(shown)) : month;
		LocalDate first = shownMonth.atDay(1);
		LocalDate last = shownMonth.atEndOfMonth();
		// A subject week or decade that starts in the previous month still runs in this one.
		List<Activity> rows = new ArrayList<>();
		for (Activity activity : activities.findBySchoolIdAndDateBetweenOrderByDateAsc(shown.id(), first.minusDays(31), last)) {
			LocalDate end = activity.until() == null ? activity.date() : activity.until();
			if (!end.isBefore(first) && (association == null || association.equals(activity.associationId()))) {
				rows.add(activity);
			}
		}
		Map<AssociationId, String> associationNames = new HashMap<>();
		overview.names(shown.id()).forEach(row -> associationNames.put(row.id(), row.name()));
		List<StaffId> people = new ArrayList<>();
		rows.forEach(a -> {
			people.add(a.responsible());
			people.add(a.visited());
		});
		model.addAttribute("school", shown);
		model.addAttribute("month", shownMonth);
		model.addAttribute("previous", shownMonth.minusMonths(1));
		model.addAttribute("next", shownMonth.plusMonths(1));
		model.addAttribute("rows", rows.stream()
				.map(a -> new ScheduleRow(a, associationNames.getOrDefault(a.associationId(), "?"))).toList());
		model.addAttribute("associations", overview.names(shown.id()));
		model.addAttribute("association", association);
		model.addAttribute("names", names.of(shown.id(), people));
		return "association/schedule";
	}

	@GetMapping("/associations/{id}/activities/new")
	String create(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@RequestParam(required = false) ActivityId seminar, Model model) {
		Association association = associations.find(me, id);
		access.requireLeader(me, association);
		model.addAttribute("activityForm", new ActivityForm(ActivityKind.OPEN_LESSON, "", null, null,
				schoolTime.today(association.schoolId()).plusDays(7), null, LocalTime.of(10, 0), "", "", seminar));
		return form(association, model);
	}

	@PostMapping("/associations/{id}/activities")
	String schedule(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@Valid @ModelAttribute("activityForm") ActivityForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Association association = associations.find(me, id);
		access.requireLeader(me, association);
		if (!errors.hasErrors()) {
			try {
				Activity activity = management.schedule(me, id, form.toPlan());
				redirect.addFlashAttribute("saved", "association.saved.activity");
				return "redirect:/activities/" + activity.getId();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		return form(association, model);
	}

	private String form(Association association, Model model) {
		List<StaffCard> colleagues = staff.activeStaff(association.schoolId());
		model.addAttribute("association", association);
		model.addAttribute("members", AssociationController.members(association, colleagues, staff));
		model.addAttribute("colleagues", colleagues);
		model.addAttribute("kinds", ActivityKind.values());
		// 001 §5.6: the practical seminars an open lesson or event may belong to, of this and the coming school year.
		LocalDate today = schoolTime.today(association.schoolId());
		model.addAttribute("seminars", activities.findByAssociationIdAndDateBetweenOrderByDateAsc(association.getId(),
				kg.usulduk.school.SchoolYear.of(today).start(), kg.usulduk.school.SchoolYear.of(today).next().end())
				.stream().filter(a -> a.kind() == ActivityKind.PRACTICAL_SEMINAR && a.status() != Activity.Status.CANCELLED)
				.toList());
		return "association/activity-form";
	}

	@GetMapping("/activities/{id}")
	String show(@AuthenticationPrincipal SchoolUser me, @PathVariable ActivityId id, Model model) {
		return page(me, management.find(me, id), model);
	}

	@PostMapping("/activities/{id}/held")
	String held(@AuthenticationPrincipal SchoolUser me, @PathVariable ActivityId id,
			@Valid @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> management.markHeld(me, id, form.version(), form.outcome()),
				"association.saved.activityHeld");
	}

	@PostMapping("/activities/{id}/cancel")
	String cancel(@AuthenticationPrincipal SchoolUser me, @PathVariable ActivityId id,
			@Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> management.cancel(me, id, form.version(), form.reason()),
				"association.saved.activityCancelled");
	}

	@PostMapping("/activities/{id}/reschedule")
	String reschedule(@AuthenticationPrincipal SchoolUser me, @PathVariable ActivityId id,
			@Valid @ModelAttribute("reasonForm") ReasonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> management.reschedule(me, id, form.version(), form.date(),
				form.until(), form.time(), form.reason()), "association.saved.activityMoved");
	}

	@PostMapping("/activities/{id}/analysis")
	String analysis(@AuthenticationPrincipal SchoolUser me, @PathVariable ActivityId id,
			@Valid @ModelAttribute("analysisForm") AnalysisForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect,
				() -> management.recordVisitAnalysis(me, id, form.version(), form.analysis()),
				"association.saved.analysis");
	}

	private String act(SchoolUser me, ActivityId id, BindingResult errors, Model model, RedirectAttributes redirect,
			Runnable act, String savedMessage) {
		if (PageActs.done(errors, model, redirect, act, savedMessage)) {
			return "redirect:/activities/" + id;
		}
		return page(me, management.find(me, id), model);
	}

	private String page(SchoolUser me, Activity activity, Model model) {
		Association association = associations.find(me, activity.associationId());
		List<StaffId> people = new ArrayList<>();
		people.add(activity.responsible());
		people.add(activity.visited());
		// 001 §5.6: a seminar's programme, or the seminar an open lesson or event belongs to.
		List<Activity> programme = activity.kind() == ActivityKind.PRACTICAL_SEMINAR
				? activities.findBySeminarIdOrderByDateAsc(activity.getId()) : List.of();
		programme.forEach(a -> people.add(a.responsible()));
		model.addAttribute("programme", programme);
		model.addAttribute("seminar", activity.seminarId() == null ? null
				: activities.findByIdAndSchoolId(activity.seminarId(), activity.schoolId()).orElse(null));
		model.addAttribute("activity", activity);
		model.addAttribute("association", association);
		model.addAttribute("papers", management.mayReadPapers(me, activity, association));
		model.addAttribute("names", names.of(activity.schoolId(), people));
		model.addAttribute("leads", access.leads(me, association) && association.isOpen());
		model.addAttribute("isVisitor", activity.responsible().equals(me.staffId()) && me.schoolId().equals(activity.schoolId()));
		model.addAttribute("today", schoolTime.today(activity.schoolId()));
		if (!model.containsAttribute("outcomeForm")) {
			model.addAttribute("outcomeForm", new OutcomeForm(activity.version(), ""));
		}
		if (!model.containsAttribute("reasonForm")) {
			model.addAttribute("reasonForm", new ReasonForm(activity.version(), "", activity.date(), activity.until(), activity.time()));
		}
		if (!model.containsAttribute("analysisForm")) {
			model.addAttribute("analysisForm", new AnalysisForm(activity.version(), activity.analysis()));
		}
		return "association/activity";
	}
}
