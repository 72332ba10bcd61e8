package kg.usulduk.planning.internal.plans.web;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.association.AssociationId;
import kg.usulduk.planning.WorkPlanId;
import kg.usulduk.planning.internal.plans.PeriodAdditions;
import kg.usulduk.planning.internal.plans.PlanComparison;
import kg.usulduk.planning.internal.plans.PlanItem;
import kg.usulduk.planning.internal.plans.PlanSection;
import kg.usulduk.planning.internal.plans.PlanTime;
import kg.usulduk.planning.internal.plans.WorkPlan;
import kg.usulduk.planning.internal.plans.WorkPlanManagement;
import kg.usulduk.planning.internal.plans.WorkPlanManagement.ItemInput;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The associations' work plans: the year's list, a new plan from the template, the plan page (items, execution,
 * approval, history, summary), the comparison of two versions, and the items of a quarter or a month.
 */
@Controller
@RequestMapping("/plans")
class WorkPlanController {

	private final WorkPlanManagement plans;
	private final AssociationDirectory associations;
	private final StaffDirectory staff;
	private final StaffNames names;
	private final SchoolTime schoolTime;
	private final PeriodAdditions periodAdditions;

	private final kg.usulduk.school.SchoolDirectory schools;
	private final kg.usulduk.school.web.PdfDocuments pdf;

	WorkPlanController(WorkPlanManagement plans, AssociationDirectory associations, StaffDirectory staff,
			StaffNames names, SchoolTime schoolTime, PeriodAdditions periodAdditions, kg.usulduk.school.SchoolDirectory schools,
			kg.usulduk.school.web.PdfDocuments pdf) {
		this.schools = schools;
		this.pdf = pdf;
		this.periodAdditions = periodAdditions;
		this.plans = plans;
		this.associations = associations;
		this.staff = staff;
		this.names = names;
		this.schoolTime = schoolTime;
	}

	/** An item as typed: its time is one of a day, a month or a quarter. */
	record ItemForm(Integer version, @NotNull PlanSection section, @Size(max = 1000) String what, StaffId responsible,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			Integer quarter) {

		ItemInput input() {
			return new ItemInput(section, what, responsible, PlanTime.fromForm(day, month, quarter).orElse(null));
		}
	}

	record ExecutionForm(Integer version, @NotNull PlanItem.Status status, @Size(max = 500) String note) {
	}

	record ApprovalForm(Integer version, @Size(max = 1000) String comment) {
	}

	record NewPlanForm(@NotNull AssociationId association, @NotNull Integer year) {
	}

	/** A row of the plans list. */
	record Row(WorkPlan plan, String association) {
	}

	private static final java.util.regex.Pattern PERIOD_QUERY = java.util.regex.Pattern
			.compile("\\?(quarter=[1-4]|month=\\d{4}-\\d{2})");

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) Integer year, Model model) {
		SchoolYear shown = year == null ? schoolTime.schoolYear(me.schoolId()) : new SchoolYear(year);
		Map<AssociationId, String> associationNames = new HashMap<>();
		associations.openAssociations(me.schoolId()).forEach(a -> associationNames.put(a.id(), a.name()));
		List<Row> rows = new ArrayList<>();
		for (WorkPlan plan : plans.plansOf(me, shown)) {
			String name = associationNames.computeIfAbsent(plan.associationId(),
					id -> associations.find(me.schoolId(), id).map(AssociationCard::name).orElse("?"));
			rows.add(new Row(plan, name));
		}
		rows.sort(Comparator.comparing(Row::association).thenComparing(r -> r.plan().number()));
		model.addAttribute("rows", rows);
		model.addAttribute("year", shown);
		model.addAttribute("years", List.of(shown.previous(), shown, shown.next()));
		model.addAttribute("mayStart", !me.isReadOnly());
		return "planning/plans/list";
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) AssociationId association,
			@RequestParam(required = false) Integer year, Model model) {
		SchoolYear shown = year == null ? schoolTime.schoolYear(me.schoolId()) : new SchoolYear(year);
		if (!model.containsAttribute("newPlanForm")) {
			model.addAttribute("newPlanForm", new NewPlanForm(association, shown.startYear()));
		}
		return newPage(me, shown, model);
	}

	@PostMapping
	String start(@AuthenticationPrincipal SchoolUser me, @Valid @ModelAttribute("newPlanForm") NewPlanForm form,
			BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
		if (!errors.hasErrors()) {
			try {
				WorkPlan plan = plans.startFromTemplate(me, form.association(), new SchoolYear(form.year()), locale);
				redirect.addFlashAttribute("saved", "plans.saved.created");
				return "redirect:/plans/" + plan.getId();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		return newPage(me, form.year() == null ? schoolTime.schoolYear(me.schoolId()) : new SchoolYear(form.year()), model);
	}

	private String newPage(SchoolUser me, SchoolYear year, Model model) {
		model.addAttribute("associations", associations.openAssociations(me.schoolId()));
		model.addAttribute("years", List.of(year.previous(), year, year.next()));
		return "planning/plans/new";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id, Model model) {
		return page(me, plans.find(me, id), model);
	}

	@PostMapping("/{id}/items")
	String addItem(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id,
			@Valid @ModelAttribute("itemForm") ItemForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (PageActs.done(errors, model, redirect, () -> plans.addItem(me, id, form.version(), form.input()),
				"plans.saved.item")) {
			return "redirect:/plans/" + id;
		}
		return page(me, plans.find(me, id), model);
	}

	@PostMapping("/{id}/items/{item}")
	String changeItem(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id, @PathVariable UUID item,
			@Valid @ModelAttribute("changeForm") ItemForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> plans.changeItem(me, id, form.version(), item, form.input()),
				"plans.saved.item");
	}

	@PostMapping("/{id}/items/{item}/remove")
	String removeItem(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id, @PathVariable UUID item,
			@ModelAttribute("approvalForm") ApprovalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> plans.removeItem(me, id, form.version(), item),
				"plans.saved.removed");
	}

	@PostMapping("/{id}/items/{item}/execution")
	String recordExecution(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id, @PathVariable UUID item,
			@Valid @ModelAttribute("executionForm") ExecutionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect,
				() -> plans.recordExecution(me, id, form.version(), item, form.status(), form.note()),
				"plans.saved.recorded");
	}

	@PostMapping("/{id}/agree")
	String agree(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id,
			@ModelAttribute("approvalForm") ApprovalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> plans.agree(me, id, form.version()), "plans.saved.agreed");
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id,
			@ModelAttribute("approvalForm") ApprovalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> plans.approve(me, id, form.version()), "plans.saved.approved");
	}

	record AdoptionForm(Integer version, String resolution) {
	}

	/** 001 plan header: the pedagogical council's resolution that adopted the plan. */
	@PostMapping("/{id}/adopted-by")
	String adoptedBy(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id,
			@ModelAttribute("adoptionForm") AdoptionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> plans.recordAdoption(me, id, form.version(),
				kg.usulduk.planning.internal.Adoption.refOf(form.resolution())), "plans.saved.adopted");
	}

	@PostMapping("/{id}/return")
	String returnPlan(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id,
			@Valid @ModelAttribute("approvalForm") ApprovalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect,
				() -> plans.returnWithComment(me, id, form.version(), form.comment()), "plans.saved.returned");
	}

	@PostMapping("/{id}/revise")
	String revise(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id,
			@ModelAttribute("approvalForm") ApprovalForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		try {
			WorkPlan next = plans.revise(me, id, form.version());
			redirect.addFlashAttribute("saved", "plans.saved.revised");
			return "redirect:/plans/" + next.getId();
		}
		catch (RuleViolation violation) {
			model.addAttribute("refusal", violation);
			model.addAttribute("formFailed", true);
			return page(me, plans.find(me, id), model);
		}
	}

	/** The plan printed in the template's layout with its approval marks (001 plan header, §5.3). */
	@GetMapping("/{id}/print")
	String print(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		printModel(me, plans.find(me, id), model);
		kg.usulduk.school.web.PrintLanguage.printIn(request, (kg.usulduk.school.SchoolProfile) model.getAttribute("school"));
		return "planning/plans/print";
	}

	/** The same as a PDF, in the school's language. */
	@GetMapping("/{id}/pdf")
	org.springframework.http.ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SchoolUser me,
			@PathVariable WorkPlanId id, Model model) {
		WorkPlan plan = plans.find(me, id);
		printModel(me, plan, model);
		model.addAttribute("pdf", true);
		kg.usulduk.school.SchoolProfile school = (kg.usulduk.school.SchoolProfile) model.getAttribute("school");
		return pdf.download("planning/plans/print", model.asMap(), school.settings().documentLocale(),
				"work-plan-" + plan.schoolYear().startYear() + "-v" + plan.number() + ".pdf");
	}

	private void printModel(SchoolUser me, WorkPlan plan, Model model) {
		AssociationCard association = plans.associationOf(plan);
		java.util.Set<StaffId> people = new java.util.HashSet<>();
		plan.items().forEach(item -> {
			if (item.responsible() != null) {
				people.add(item.responsible());
			}
		});
		plan.steps().forEach(step -> people.add(step.byStaff()));
		if (association.head() != null) {
			people.add(association.head());
		}
		model.addAttribute("plan", plan);
		model.addAttribute("association", association);
		model.addAttribute("school", schools.readableBy(me, plan.schoolId()));
		model.addAttribute("names", names.of(plan.schoolId(), people));
		model.addAttribute("sections", PlanSection.values());
		model.addAttribute("zone", schoolTime.zone(plan.schoolId()));
		model.addAttribute("agreed", lastStep(plan, kg.usulduk.planning.internal.plans.ApprovalStep.Act.AGREED));
		model.addAttribute("approved", lastStep(plan, kg.usulduk.planning.internal.plans.ApprovalStep.Act.APPROVED));
	}

	private static kg.usulduk.planning.internal.plans.ApprovalStep lastStep(WorkPlan plan,
			kg.usulduk.planning.internal.plans.ApprovalStep.Act act) {
		return plan.steps().stream().filter(step -> step.act() == act).reduce((a, b) -> b).orElse(null);
	}

	@GetMapping("/{id}/compare")
	String compare(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id,
			@RequestParam("with") WorkPlanId other, Model model) {
		PlanComparison comparison = plans.compare(me, id, other);
		Set<StaffId> people = new HashSet<>();
		comparison.older().items().forEach(i -> people.add(i.responsible()));
		comparison.newer().items().forEach(i -> people.add(i.responsible()));
		model.addAttribute("comparison", comparison);
		model.addAttribute("association", plans.associationOf(comparison.newer()));
		model.addAttribute("names", names.of(comparison.newer().schoolId(), people));
		return "planning/plans/compare";
	}

	/** The items of one quarter or one month of the plan: derived from the annual plan, not a plan of their own. */
	@GetMapping("/{id}/period")
	String period(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id,
			@RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month, Model model) {
		WorkPlan plan = plans.find(me, id);
		List<Quarter> quarters = plans.quarters(plan);
		LocalDate from;
		LocalDate to;
		if (month != null) {
			from = month.atDay(1);
			to = month.atEndOfMonth();
		}
		else {
			int number = quarter == null || quarter < 1 || quarter > Quarter.QUARTERS_A_YEAR ? 1 : quarter;
			Quarter q = quarters.stream().filter(x -> x.number() == number).findFirst().orElseThrow();
			from = q.start();
			to = q.end();
			quarter = number;
		}
		List<PlanItem> items = new ArrayList<>();
		for (PlanItem item : plan.items()) {
			PlanTime when = item.when();
			if (when != null && !when.firstDay(quarters).isAfter(to) && !when.lastDay(quarters).isBefore(from)) {
				items.add(item);
			}
		}
		items.sort(Comparator.comparing((PlanItem i) -> i.when().firstDay(quarters)));
		Set<StaffId> people = new HashSet<>();
		items.forEach(i -> people.add(i.responsible()));
		List<YearMonth> months = new ArrayList<>();
		for (YearMonth m = YearMonth.from(plan.schoolYear().start()); !m.isAfter(YearMonth.from(plan.schoolYear().end())); m = m.plusMonths(1)) {
			months.add(m);
		}
		model.addAttribute("plan", plan);
		model.addAttribute("association", plans.associationOf(plan));
		model.addAttribute("items", items);
		model.addAttribute("quarter", month == null ? quarter : null);
		model.addAttribute("month", month);
		model.addAttribute("months", months);
		PeriodAdditions.Period period = new PeriodAdditions.Period(month == null ? quarter : null, month);
		List<PeriodAdditions.Addition> additions = periodAdditions.of(plan, period);
		additions.forEach(a -> people.add(a.responsible()));
		model.addAttribute("additions", additions);
		model.addAttribute("mayAdd", me.schoolId().equals(plan.schoolId()) && plans.mayAuthor(me, plan));
		model.addAttribute("staffList", staff.activeStaff(plan.schoolId()));
		model.addAttribute("from", from);
		model.addAttribute("to", to);
		model.addAttribute("names", names.of(plan.schoolId(), people));
		return "planning/plans/period";
	}

	/** 001 §6.8, 004: the period's own additions to what the annual plan has for it. */
	@PostMapping("/{id}/period/additions")
	String addToPeriod(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id,
			@RequestParam(required = false) Integer quarter,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) String what, @RequestParam(required = false) StaffId responsible,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, Model model,
			RedirectAttributes redirect) {
		WorkPlan plan = plans.find(me, id);
		List<Quarter> quarters = plans.quarters(plan);
		LocalDate from;
		LocalDate to;
		if (month != null) {
			from = month.atDay(1);
			to = month.atEndOfMonth();
		}
		else {
			int number = quarter == null || quarter < 1 || quarter > Quarter.QUARTERS_A_YEAR ? 1 : quarter;
			Quarter q = quarters.stream().filter(x -> x.number() == number).findFirst().orElseThrow();
			from = q.start();
			to = q.end();
			quarter = number;
		}
		try {
			periodAdditions.add(me, plan, new PeriodAdditions.Period(month == null ? quarter : null, month), from, to, what,
					responsible, day);
			redirect.addFlashAttribute("saved", "plans.period.added");
		}
		catch (kg.usulduk.school.RuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation);
		}
		return "redirect:/plans/" + id + "/period" + (month != null ? "?month=" + month : "?quarter=" + quarter);
	}

	@PostMapping("/{id}/period/additions/{addition}/done")
	String additionDone(@AuthenticationPrincipal SchoolUser me, @PathVariable WorkPlanId id,
			@PathVariable java.util.UUID addition, @RequestParam(required = false) String back) {
		periodAdditions.markDone(me, plans.find(me, id), addition);
		// Only the period's own query goes back into the address: anything else (a line break, another site) is ignored.
		return "redirect:/plans/" + id + "/period" + (back != null && PERIOD_QUERY.matcher(back).matches() ? back : "");
	}

	private String act(SchoolUser me, WorkPlanId id, BindingResult errors, Model model, RedirectAttributes redirect,
			Runnable act, String saved) {
		if (!errors.hasErrors()) {
			try {
				act.run();
				redirect.addFlashAttribute("saved", saved);
				return "redirect:/plans/" + id;
			}
			catch (RuntimeException failure) {
				RuleViolation violation = failure instanceof RuleViolation refused ? refused
						: kg.usulduk.school.web.Conflicts.refusalFor(failure);
				if (violation == null) {
					throw failure;
				}
				model.addAttribute("refusal", violation);
			}
		}
		model.addAttribute("formFailed", true);
		return page(me, plans.find(me, id), model);
	}

	private String page(SchoolUser me, WorkPlan plan, Model model) {
		AssociationCard association = plans.associationOf(plan);
		List<kg.usulduk.planning.internal.plans.PlanVersion> versions = plans.versionsOf(me, plan);
		boolean ownSchool = me.schoolId().equals(plan.schoolId()) && !me.isReadOnly();
		boolean author = ownSchool && plans.mayAuthor(me, plan);
		kg.usulduk.planning.internal.plans.PlanVersion newest = versions.get(0);
		kg.usulduk.planning.internal.plans.PlanVersion inForce = versions.stream()
				.filter(v -> v.status() == WorkPlan.Status.APPROVED).findFirst().orElse(null);
		Set<StaffId> people = new HashSet<>();
		plan.items().forEach(i -> people.add(i.responsible()));
		plan.steps().forEach(s -> people.add(s.byStaff()));
		model.addAttribute("plan", plan);
		model.addAttribute("association", association);
		model.addAttribute("versions", versions);
		model.addAttribute("newer", newest.number() > plan.number() ? newest : null);
		model.addAttribute("inForce", inForce != null && inForce.number() != plan.number() ? inForce : null);
		kg.usulduk.school.web.StaffNames.Names planNames = names.of(plan.schoolId(), people);
		model.addAttribute("names", planNames);
		model.addAttribute("staffOptions", ownSchool ? staff.activeStaff(plan.schoolId()) : List.of());
		model.addAttribute("sections", PlanSection.values());
		model.addAttribute("outcomes", PlanItem.Status.values());
		model.addAttribute("quarterNumbers", List.of(1, 2, 3, 4));
		kg.usulduk.planning.internal.plans.PlanSummary summary = plans.summary(plan);
		model.addAttribute("summary", summary);
		// The same counts drawn, with the names the page has read already: no statement more.
		model.addAttribute("charts", summary.charts(planNames::get));
		model.addAttribute("mayEdit", author && plan.isDraft());
		model.addAttribute("mayRecord", ownSchool && plan.status() != WorkPlan.Status.REPLACED);
		model.addAttribute("author", author);
		model.addAttribute("mayAgree", ownSchool && plans.mayAgree(me) && plan.isDraft());
		model.addAttribute("mayApprove", ownSchool && me.hasRole(Role.DIRECTOR) && plan.status() == WorkPlan.Status.AGREED);
		model.addAttribute("mayReturn", ownSchool && me.hasAnyRole(Role.DEPUTY, Role.DIRECTOR)
				&& (plan.isDraft() || plan.status() == WorkPlan.Status.AGREED));
		model.addAttribute("mayRevise", author && plan.status() == WorkPlan.Status.APPROVED);
		boolean mayRecordAdoption = ownSchool && me.hasAnyRole(Role.DEPUTY, Role.DIRECTOR)
				&& plan.status() != WorkPlan.Status.REPLACED;
		model.addAttribute("mayRecordAdoption", mayRecordAdoption);
		model.addAttribute("adoptingResolutions", mayRecordAdoption ? plans.adoptingResolutions(plan) : List.of());
		model.addAttribute("myStaff", me.staffId());
		model.addAttribute("zone", schoolTime.zone(plan.schoolId()));
		if (!model.containsAttribute("itemForm")) {
			model.addAttribute("itemForm", new ItemForm(plan.version(), PlanSection.ORGANISATION, "", null, null, null, null));
		}
		return "planning/plans/plan";
	}
}
