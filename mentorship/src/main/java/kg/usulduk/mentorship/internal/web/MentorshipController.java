package kg.usulduk.mentorship.internal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kg.usulduk.mentorship.MeetingKind;
import kg.usulduk.mentorship.MentorshipId;
import kg.usulduk.mentorship.PlanOwner;
import kg.usulduk.mentorship.ReportKind;
import kg.usulduk.mentorship.internal.Meeting;
import kg.usulduk.mentorship.internal.PlanItem;
import kg.usulduk.mentorship.internal.MentorOrder;
import kg.usulduk.mentorship.internal.Mentorship;
import kg.usulduk.mentorship.internal.MentorshipManagement;
import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolTime;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.web.FormErrors;
import kg.usulduk.school.web.PageActs;
import kg.usulduk.school.web.StaffNames;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.AccessDeniedException;
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

/**
 * The school year's mentorship (plan IV.1) and a pair's page, with the forms that change a pair. Who may do what is
 * the application service's ({@link MentorshipManagement}); the pages show each form only to who may use it.
 */
@Controller
@RequestMapping("/mentorship")
class MentorshipController {

	private final MentorshipManagement management;
	private final StaffNames names;
	private final SchoolTime schoolTime;

	MentorshipController(MentorshipManagement management, StaffNames names, SchoolTime schoolTime) {
		this.management = management;
		this.names = names;
		this.schoolTime = schoolTime;
	}

	/** Plan IV.1.A: a mentor proposed for a young teacher. */
	record ProposeForm(StaffId youngTeacher, StaffId mentor) {
	}

	record VersionForm(Integer version) {
	}

	record DeclineForm(Integer version, @Size(max = 500) String reason) {
	}

	record DifficultiesForm(Integer version, @Size(max = 5000) String difficulties) {
	}

	record PlanItemForm(Integer version, PlanOwner owner, YearMonth month,
			@Size(max = 500) String what) {
	}

	record ApproveForm(Integer version, PlanOwner plan) {
	}

	record MeetingForm(Integer version, MeetingKind kind, @Size(max = 300) String topic,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@DateTimeFormat(pattern = "HH:mm") LocalTime time, Integer minutes, @Size(max = 10000) String observation) {
	}

	record ReportForm(Integer version, ReportKind kind, @Size(max = 20000) String text) {
	}

	record CompleteForm(Integer version, @Size(max = 5000) String result) {
	}

	/** A mentorship ended before its term by a new order of the director. */
	record EndForm(Integer version, @Size(max = 30) String number,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date, @Size(max = 500) String reason,
			@Size(max = 2000) String basis) {
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) SchoolId school,
			@RequestParam(required = false) Integer year, Model model) {
		SchoolId shown = school == null ? me.schoolId() : school;
		return list(me, shown, year(year, shown), model);
	}

	@PostMapping
	String propose(@AuthenticationPrincipal SchoolUser me, @Valid @ModelAttribute("proposeForm") ProposeForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		if (!management.board(me, me.schoolId(), schoolTime.schoolYear(me.schoolId())).mayPropose()) {
			throw new AccessDeniedException("The head of the young teacher's association, or a deputy, proposes");
		}
		if (!errors.hasErrors()) {
			try {
				Mentorship pair = management.propose(me, form.youngTeacher(), form.mentor(), null);
				redirect.addFlashAttribute("saved", "mentorship.saved.proposed");
				return "redirect:/mentorship/" + pair.getId();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		model.addAttribute("formFailed", true);
		return list(me, me.schoolId(), schoolTime.schoolYear(me.schoolId()), model);
	}

	private String list(SchoolUser me, SchoolId school, SchoolYear year, Model model) {
		MentorshipManagement.Board board = management.board(me, school, year);
		Set<StaffId> people = new HashSet<>();
		board.pairs().forEach(p -> {
			people.add(p.youngTeacher());
			people.add(p.mentor());
		});
		model.addAttribute("board", board);
		model.addAttribute("associationNames", new AssociationNames(board.associations()));
		model.addAttribute("school", board.school());
		model.addAttribute("year", year);
		model.addAttribute("names", names.of(board.school().id(), people));
		model.addAttribute("keepsSettings", me.schoolId().equals(board.school().id())
				&& me.hasAnyRole(Role.DIRECTOR, Role.DEPUTY, Role.ADMIN));
		model.addAttribute("waiting", board.pairs().stream()
				.filter(p -> p.status() == Mentorship.Status.PROPOSED || p.status() == Mentorship.Status.ACCEPTED)
				.toList());
		model.addAttribute("mentors", board.staff().stream().filter(card -> card.teachingSince() != null
				&& !board.school().settings().isYoungTeacher(card.yearsOfExperience(board.today()))).toList());
		if (!model.containsAttribute("proposeForm")) {
			model.addAttribute("proposeForm", new ProposeForm(null, null));
		}
		return "mentorship/list";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorshipId id, Model model) {
		return page(me, management.pair(me, id), model);
	}

	@PostMapping("/{id}/accept")
	String accept(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorshipId id,
			@ModelAttribute("acceptForm") VersionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> management.accept(me, id, form.version()),
				"mentorship.saved.accepted");
	}

	@PostMapping("/{id}/decline")
	String decline(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorshipId id,
			@Valid @ModelAttribute("declineForm") DeclineForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> management.decline(me, id, form.version(), form.reason()),
				"mentorship.saved.declined");
	}

	@PostMapping("/{id}/difficulties")
	String difficulties(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorshipId id,
			@Valid @ModelAttribute("difficultiesForm") DifficultiesForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect,
				() -> management.describeDifficulties(me, id, form.version(), form.difficulties()),
				"mentorship.saved.difficulties");
	}

	@PostMapping("/{id}/plan")
	String planItem(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorshipId id,
			@Valid @ModelAttribute("planItemForm") PlanItemForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect,
				() -> management.addPlanItem(me, id, form.version(), form.owner(), form.month(), form.what()),
				"mentorship.saved.planItem");
	}

	@PostMapping("/{id}/plan/{item}/remove")
	String removePlanItem(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorshipId id,
			@PathVariable UUID item, @ModelAttribute("itemForm") VersionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> management.removePlanItem(me, id, form.version(), item),
				"mentorship.saved.planItemRemoved");
	}

	@PostMapping("/{id}/plan/{item}/done")
	String markDone(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorshipId id, @PathVariable UUID item,
			@ModelAttribute("itemForm") VersionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> management.markDone(me, id, form.version(), item),
				"mentorship.saved.planItemDone");
	}

	@PostMapping("/{id}/plan/approve")
	String approve(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorshipId id,
			@ModelAttribute("approveForm") ApproveForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> management.approvePlan(me, id, form.version(), form.plan()),
				"mentorship.saved.planApproved");
	}

	@PostMapping("/{id}/meetings")
	String meeting(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorshipId id,
			@Valid @ModelAttribute("meetingForm") MeetingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect,
				() -> management.logMeeting(me, id, form.version(), new Mentorship.MeetingRecord(form.kind(),
						form.topic(), form.date(), form.time(), form.minutes(), form.observation())),
				"mentorship.saved.meeting");
	}

	@PostMapping("/{id}/reports")
	String report(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorshipId id,
			@Valid @ModelAttribute("reportForm") ReportForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect,
				() -> management.submitReport(me, id, form.version(), form.kind(), form.text()),
				"mentorship.saved.report");
	}

	@PostMapping("/{id}/complete")
	String complete(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorshipId id,
			@Valid @ModelAttribute("completeForm") CompleteForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect,
				() -> management.complete(me, id, form.version(), form.result(), null), "mentorship.saved.completed");
	}

	@PostMapping("/{id}/end")
	String end(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorshipId id,
			@Valid @ModelAttribute("endForm") EndForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect,
				() -> management.end(me, id, form.version(), new MentorOrder.Heading(form.number(), form.date(),
						form.basis(), null, null, null, form.reason())),
				"mentorship.saved.ended");
	}

	/** Runs an act from one of the page's forms: redirect on success, the page with the form's errors otherwise. */
	private String act(SchoolUser me, MentorshipId id, BindingResult errors, Model model, RedirectAttributes redirect,
			Runnable act, String savedMessage) {
		if (PageActs.done(errors, model, redirect, act, savedMessage)) {
			return "redirect:/mentorship/" + id;
		}
		return page(me, management.pair(me, id), model);
	}

	private String page(SchoolUser me, Mentorship pair, Model model) {
		LocalDate today = schoolTime.today(pair.schoolId());
		MentorshipManagement.Rights rights = management.rights(me, pair);
		Set<StaffId> people = new HashSet<>(List.of(pair.mentor(), pair.youngTeacher(), pair.proposedBy()));
		if (pair.controlledBy() != null) {
			people.add(pair.controlledBy());
		}
		model.addAttribute("pair", pair);
		model.addAttribute("association", management.associationName(pair));
		model.addAttribute("names", names.of(pair.schoolId(), people));
		model.addAttribute("rights", rights);
		model.addAttribute("today", today);
		model.addAttribute("running", pair.status() == Mentorship.Status.ASSIGNED);
		model.addAttribute("plans", List.of(PlanView.of(pair, PlanOwner.MENTOR), PlanView.of(pair, PlanOwner.YOUNG_TEACHER)));
		model.addAttribute("meetings", pair.meetings());
		model.addAttribute("hoursByMonth", hoursByMonth(pair.meetings()));
		model.addAttribute("hoursHeld", hours(pair.minutesHeld(today)));
		model.addAttribute("hoursLogged", hours(pair.meetings().stream().mapToInt(Meeting::minutes).sum()));
		model.addAttribute("termMonths", termMonths(pair));
		model.addAttribute("kinds", MeetingKind.values());
		Integer version = pair.version();
		addIfMissing(model, "acceptForm", new VersionForm(version));
		addIfMissing(model, "declineForm", new DeclineForm(version, ""));
		addIfMissing(model, "difficultiesForm", new DifficultiesForm(version, pair.difficulties().orElse("")));
		addIfMissing(model, "planItemForm", new PlanItemForm(version,
				rights.youngTeacher() ? PlanOwner.YOUNG_TEACHER : PlanOwner.MENTOR, null, ""));
		addIfMissing(model, "approveForm", new ApproveForm(version, null));
		addIfMissing(model, "meetingForm", new MeetingForm(version, MeetingKind.CONSULTATION, "", today, null, 45, ""));
		addIfMissing(model, "reportForm", new ReportForm(version,
				rights.youngTeacher() ? ReportKind.YOUNG_TEACHER_REPORT : ReportKind.MENTOR_REFERENCE, ""));
		addIfMissing(model, "completeForm", new CompleteForm(version, ""));
		addIfMissing(model, "endForm", new EndForm(version, "", today, "", ""));
		addIfMissing(model, "itemForm", new VersionForm(version));
		return "mentorship/pair";
	}

	/**
	 * The associations' names by id for the list: not a {@code Map} in the template, whose {@code get(Object)} would
	 * be handed the id converted to its UUID (see {@code StaffNames.Names}).
	 */
	record AssociationNames(Map<kg.usulduk.association.AssociationId, String> names) {

		public String get(kg.usulduk.association.AssociationId id) {
			return names.getOrDefault(id, "");
		}
	}

	/** A plan of the pair as its page shows it: whose, its items by month, and when it was approved. */
	record PlanView(PlanOwner owner, List<PlanItem> items, java.util.Optional<LocalDate> approved) {

		static PlanView of(Mentorship pair, PlanOwner owner) {
			return new PlanView(owner, pair.plan(owner), pair.planApprovedOn(owner));
		}
	}

	/** The hours held in each month of the log, in the order of the months. */
	static Map<YearMonth, Double> hoursByMonth(List<Meeting> meetings) {
		Map<YearMonth, Integer> minutes = new LinkedHashMap<>();
		meetings.forEach(m -> minutes.merge(YearMonth.from(m.date()), m.minutes(), Integer::sum));
		Map<YearMonth, Double> hours = new LinkedHashMap<>();
		minutes.forEach((month, sum) -> hours.put(month, hours(sum)));
		return hours;
	}

	static double hours(int minutes) {
		return Math.round(minutes / 6.0) / 10.0;
	}

	/** The months a plan item may fall in: the term's. */
	static List<YearMonth> termMonths(Mentorship pair) {
		List<YearMonth> months = new ArrayList<>();
		if (pair.termStart() == null || pair.termEnd() == null) {
			return months;
		}
		for (YearMonth month = YearMonth.from(pair.termStart()); !month.isAfter(YearMonth.from(pair.termEnd()))
				&& months.size() < 24; month = month.plusMonths(1)) {
			months.add(month);
		}
		return months;
	}

	private static void addIfMissing(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	/** The year asked for, or the school year it is at the school. */
	private SchoolYear year(Integer year, SchoolId school) {
		if (year == null || year < 2000 || year > 2200) {
			return schoolTime.schoolYear(school);
		}
		return new SchoolYear(year);
	}
}
