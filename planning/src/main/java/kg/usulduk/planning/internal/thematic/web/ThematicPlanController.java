package kg.usulduk.planning.internal.thematic.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import kg.usulduk.planning.internal.thematic.ThematicPlan;
import kg.usulduk.planning.internal.thematic.ThematicPlan.ThematicPlanId;
import kg.usulduk.planning.internal.thematic.ThematicPlanning;
import kg.usulduk.planning.internal.thematic.Topic;
import kg.usulduk.school.NavigationItem;
import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.web.FormErrors;
import kg.usulduk.school.web.PageActs;
import kg.usulduk.school.web.StaffNames;
import kg.usulduk.school.SchoolTime;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Teachers' calendar-thematic plans: the year's list, submitting one, and a plan's page. */
@Controller
@RequestMapping("/thematic")
class ThematicPlanController {

	private final ThematicPlanning planning;
	private final StaffNames names;
	private final SchoolTime schoolTime;

	ThematicPlanController(ThematicPlanning planning, StaffNames names, SchoolTime schoolTime) {
		this.planning = planning;
		this.names = names;
		this.schoolTime = schoolTime;
	}

	/** Topics are typed one per line: title; hours; the day by which it is taught (2026-12-20). */
	record PlanForm(Integer schoolYear, @NotBlank @Size(max = 100) String subject,
			@NotBlank @Size(max = 30) String classGroup, @Size(max = 20000) String topics) {

		List<Topic> topicList() {
			List<Topic> list = new ArrayList<>();
			for (String line : topics == null ? new String[0] : topics.split("\\R")) {
				if (line.isBlank()) {
					continue;
				}
				String[] parts = line.split(";");
				if (parts.length != 3) {
					throw RuleViolation.onField("topics", "planning.thematic.lineFormat", line.strip());
				}
				try {
					list.add(new Topic(parts[0], Integer.parseInt(parts[1].strip()), LocalDate.parse(parts[2].strip()), null));
				}
				catch (NumberFormatException | DateTimeParseException e) {
					throw RuleViolation.onField("topics", "planning.thematic.lineFormat", line.strip());
				}
			}
			return list;
		}
	}

	record DiscussionForm(Integer version, @NotBlank @Size(max = 4000) String note) {
	}

	@GetMapping
	String list(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) SchoolId school,
			@RequestParam(required = false) Integer year, Model model) {
		SchoolId schoolId = school == null ? me.schoolId() : school;
		SchoolYear shown = year == null || year < 2000 || year > 2200 ? schoolTime.schoolYear(schoolId) : new SchoolYear(year);
		List<ThematicPlan> plans = planning.ofYear(me, schoolId, shown);
		Set<StaffId> teachers = new HashSet<>();
		plans.forEach(p -> teachers.add(p.teacher()));
		model.addAttribute("year", shown);
		model.addAttribute("plans", plans);
		model.addAttribute("names", names.of(schoolId, teachers));
		model.addAttribute("today", schoolTime.today(schoolId));
		model.addAttribute("canSubmit", schoolId.equals(me.schoolId()) && !me.isReadOnly());
		if (!model.containsAttribute("planForm")) {
			model.addAttribute("planForm", new PlanForm(shown.startYear(), "", "", ""));
		}
		return "planning/thematic-list";
	}

	@PostMapping
	String submit(@AuthenticationPrincipal SchoolUser me, @Valid @ModelAttribute("planForm") PlanForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		SchoolYear year = form.schoolYear() == null ? schoolTime.schoolYear(me.schoolId()) : new SchoolYear(form.schoolYear());
		if (!errors.hasErrors()) {
			try {
				ThematicPlan plan = planning.submit(me, year, form.subject(), form.classGroup(), form.topicList());
				redirect.addFlashAttribute("saved", "planning.thematic.submitted");
				return "redirect:/thematic/" + plan.getId();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		model.addAttribute("formOpen", true);
		return list(me, null, year.startYear(), model);
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal SchoolUser me, @PathVariable String id, Model model) {
		return page(me, planning.find(me, ThematicPlanId.of(id)), model);
	}

	@PostMapping("/{id}/discussed")
	String discussed(@AuthenticationPrincipal SchoolUser me, @PathVariable String id,
			@Valid @ModelAttribute("discussionForm") DiscussionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		ThematicPlanId planId = ThematicPlanId.of(id);
		if (PageActs.done(errors, model, redirect, () -> planning.discussed(me, planId, form.version(), form.note()),
				"planning.thematic.saved")) {
			return "redirect:/thematic/" + id;
		}
		return page(me, planning.find(me, planId), model);
	}

	@PostMapping("/{id}/approve")
	String approve(@AuthenticationPrincipal SchoolUser me, @PathVariable String id,
			@RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
		ThematicPlanId planId = ThematicPlanId.of(id);
		try {
			planning.approve(me, planId, version);
			redirect.addFlashAttribute("saved", "planning.thematic.approvedNotice");
			return "redirect:/thematic/" + id;
		}
		catch (RuleViolation violation) {
			model.addAttribute("refusal", violation);
			return page(me, planning.find(me, planId), model);
		}
	}

	@PostMapping("/{id}/taught")
	String taught(@AuthenticationPrincipal SchoolUser me, @PathVariable String id, @RequestParam int topic,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		planning.taught(me, ThematicPlanId.of(id), version, topic);
		redirect.addFlashAttribute("saved", "planning.thematic.saved");
		return "redirect:/thematic/" + id;
	}

	private String page(SchoolUser me, ThematicPlan plan, Model model) {
		model.addAttribute("plan", plan);
		model.addAttribute("teacherName", names.of(plan.schoolId(), List.of(plan.teacher())).get(plan.teacher()));
		model.addAttribute("execution", plan.execution(schoolTime.today(plan.schoolId())));
		model.addAttribute("isTeacher", me.staffId().equals(plan.teacher()));
		model.addAttribute("mayDiscuss", planning.mayDiscuss(me, plan));
		model.addAttribute("mayApprove", me.hasRole(Role.DEPUTY) && me.schoolId().equals(plan.schoolId()));
		if (!model.containsAttribute("discussionForm")) {
			model.addAttribute("discussionForm", new DiscussionForm(plan.version(), plan.discussion()));
		}
		return "planning/thematic";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem thematicNavigation() {
			return new NavigationItem("nav.thematic", "/thematic", 45, Set.of()).in(NavigationItem.PLANS);
		}
	}
}
