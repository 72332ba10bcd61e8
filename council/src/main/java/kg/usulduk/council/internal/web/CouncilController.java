package kg.usulduk.council.internal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kg.usulduk.council.CouncilBody;
import kg.usulduk.council.CouncilId;
import kg.usulduk.council.ProposedQuestionId;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.MemberRole;
import kg.usulduk.school.meetings.Agenda;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.council.internal.Council;
import kg.usulduk.council.internal.CouncilAccess;
import kg.usulduk.council.internal.CouncilCompliance;
import kg.usulduk.council.internal.CouncilManagement;
import kg.usulduk.council.internal.CouncilSession;
import kg.usulduk.council.internal.CouncilTask;
import kg.usulduk.council.internal.DecisionRegister;
import kg.usulduk.council.internal.SessionLine;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
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

/** The council of a school year (members, secretary, plan of sessions, compliance), its decisions and its tasks. */
@Controller
@RequestMapping("/council")
class CouncilController {

	private final CouncilManagement management;
	private final CouncilAccess access;
	private final DecisionRegister register;
	private final SchoolDirectory schools;
	private final StaffDirectory staff;
	private final StaffNames names;
	private final SchoolTime schoolTime;

	CouncilController(CouncilManagement management, CouncilAccess access, DecisionRegister register,
			SchoolDirectory schools, StaffDirectory staff, StaffNames names, SchoolTime schoolTime) {
		this.management = management;
		this.access = access;
		this.register = register;
		this.schools = schools;
		this.staff = staff;
		this.names = names;
		this.schoolTime = schoolTime;
	}

	record FormingForm(@NotNull Integer schoolYear, StaffId chair) {
	}

	record SeatForm(Integer version, @NotNull StaffId staff, @NotNull MemberRole role) {
	}

	/** A new session: one agenda question per line. */
	record ScheduleForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime time, @Size(max = 200) String place,
			@Size(max = 10000) String agenda, Boolean yearEnd) {

		List<AgendaItem> agendaItems() {
			return Agenda.fromLines(agenda);
		}
	}

	record FollowUpForm(Integer version, @jakarta.validation.constraints.NotBlank @Size(max = 2000) String note,
			Boolean done) {
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String show(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) SchoolId school,
			@RequestParam(required = false) Integer year, Model model) {
		return show(me, school, year, CouncilBody.METHODOLOGICAL, model);
	}

	/** The school's pedagogical council of a year: the same page, for the other body. */
	@GetMapping("/pedagogical")
	String showPedagogical(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) SchoolId school,
			@RequestParam(required = false) Integer year, Model model) {
		return show(me, school, year, CouncilBody.PEDAGOGICAL, model);
	}

	private String show(SchoolUser me, SchoolId school, Integer year, CouncilBody body, Model model) {
		SchoolProfile shown = access.readableSchool(me, school == null ? me.schoolId() : school);
		SchoolYear schoolYear = year(year, shown.id());
		model.addAttribute("school", shown);
		model.addAttribute("year", schoolYear);
		model.addAttribute("years", years(shown.id()));
		model.addAttribute("body", body);
		var council = management.ofYear(me, shown.id(), schoolYear, body);
		if (council.isEmpty()) {
			model.addAttribute("canForm", shown.id().equals(me.schoolId()) && access.mayForm(me, body));
			// 003 §4.1: the methodological council's chair is a deputy director; the pedagogical council's, the director.
			kg.usulduk.school.Role chairs = body == CouncilBody.PEDAGOGICAL ? kg.usulduk.school.Role.DIRECTOR
					: kg.usulduk.school.Role.DEPUTY;
			model.addAttribute("staffList", staff.activeStaffWithRole(shown.id(), chairs));
			if (!model.containsAttribute("formingForm")) {
				model.addAttribute("formingForm", new FormingForm(schoolYear.startYear(), me.staffId()));
			}
			return "council/none";
		}
		return page(me, council.get(), model);
	}

	@PostMapping
	String form(@AuthenticationPrincipal SchoolUser me, @Valid @ModelAttribute("formingForm") FormingForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		return form(me, CouncilBody.METHODOLOGICAL, form, errors, model, redirect);
	}

	/** The director forms the pedagogical council of the year, with the school's pedagogical staff. */
	@PostMapping("/pedagogical")
	String formPedagogical(@AuthenticationPrincipal SchoolUser me,
			@Valid @ModelAttribute("formingForm") FormingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return form(me, CouncilBody.PEDAGOGICAL, form, errors, model, redirect);
	}

	private String form(SchoolUser me, CouncilBody body, FormingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		access.requireFormer(me, body);
		if (!errors.hasErrors()) {
			try {
				SchoolYear year = new SchoolYear(form.schoolYear());
				Council formed = body == CouncilBody.PEDAGOGICAL ? management.formPedagogical(me, year, form.chair())
						: management.form(me, year, form.chair());
				redirect.addFlashAttribute("saved", "council.saved.formed");
				return "redirect:" + formed.path();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
				model.addAttribute("refusal", violation); // the year's page may show the council, not this form
			}
		}
		return show(me, null, form.schoolYear(), body, model);
	}

	/** A question the methodological council proposed goes on a session's agenda (000 §2.3, 003 §5.5). */
	@PostMapping("/proposals/{id}/agenda")
	String putOnAgenda(@AuthenticationPrincipal SchoolUser me, @PathVariable ProposedQuestionId id,
			@RequestParam(required = false) Integer version,
			@RequestParam(required = false) kg.usulduk.council.CouncilSessionId session, RedirectAttributes redirect) {
		try {
			CouncilSession changed = management.putOnAgenda(me, id, version, session);
			redirect.addFlashAttribute("saved", "council.saved.proposalOnAgenda");
			return "redirect:/council/sessions/" + changed.getId();
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation);
			return "redirect:" + CouncilBody.PEDAGOGICAL.path();
		}
	}

	@PostMapping("/{id}/members")
	String seat(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilId id,
			@Valid @ModelAttribute("seatForm") SeatForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Council council = management.find(me, id);
		if (PageActs.done(errors, model, redirect, () -> management.seat(me, id, form.version(), form.staff(), form.role()),
				"council.saved.member")) {
			return "redirect:" + council.path();
		}
		return page(me, council, model);
	}

	/** 003 §4.1: another deputy chairs the council, for a reason the history keeps. */
	@PostMapping("/{id}/chair")
	String replaceChair(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilId id,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) StaffId chair,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		Council council = management.find(me, id);
		try {
			management.replaceChair(me, id, version, chair, reason);
			redirect.addFlashAttribute("saved", "council.saved.chair");
		}
		catch (kg.usulduk.school.RuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation);
		}
		return "redirect:" + council.path();
	}

	@PostMapping("/{id}/members/{staff}/unseat")
	String unseat(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilId id, @PathVariable StaffId staff,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		Council council = management.unseat(me, id, version, staff);
		redirect.addFlashAttribute("saved", "council.saved.memberLeft");
		return "redirect:" + council.path();
	}

	@GetMapping("/{id}/sessions/new")
	String newSession(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilId id, Model model) {
		Council council = management.find(me, id);
		access.requireManager(me, council);
		LocalDate suggested = schoolTime.today(council.schoolId()).plusDays(7);
		model.addAttribute("council", council);
		model.addAttribute("scheduleForm", new ScheduleForm(council.year().contains(suggested) ? suggested
				: council.year().start(), LocalTime.of(15, 0), "", "", false));
		return "council/session-form";
	}

	@PostMapping("/{id}/sessions")
	String schedule(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilId id,
			@Valid @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Council council = management.find(me, id);
		access.requireManager(me, council);
		if (!errors.hasErrors()) {
			try {
				CouncilSession session = management.schedule(me, id, form.date(), form.time(), form.place(),
						form.agendaItems(), Boolean.TRUE.equals(form.yearEnd()));
				redirect.addFlashAttribute("saved", "council.saved.scheduled");
				return "redirect:/council/sessions/" + session.getId();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		model.addAttribute("council", council);
		return "council/session-form";
	}

	/** The decisions register, filtered by kind, task status and person; others see only what concerns them. */
	@GetMapping("/{id}/decisions")
	String decisions(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilId id,
			@RequestParam(required = false) DecisionKind kind,
			@RequestParam(defaultValue = "ANY") DecisionRegister.TaskStatus status,
			@RequestParam(required = false) StaffId person, Model model) {
		Council council = management.find(me, id);
		boolean readsAll = access.readsPapers(me, council);
		StaffId concerned = readsAll ? person : me.staffId();
		LocalDate today = schoolTime.today(council.schoolId());
		var rows = register.find(id, kind, status, concerned, today);
		Set<StaffId> people = new HashSet<>();
		rows.forEach(r -> {
			people.add(r.teacher());
			people.add(r.responsible());
		});
		model.addAttribute("council", council);
		model.addAttribute("rows", rows);
		model.addAttribute("kinds", DecisionKind.of(council.body()));
		model.addAttribute("statuses", DecisionRegister.TaskStatus.values());
		model.addAttribute("kind", kind);
		model.addAttribute("status", status);
		model.addAttribute("person", concerned);
		model.addAttribute("readsAll", readsAll);
		model.addAttribute("staffList", staff.activeStaff(council.schoolId()));
		model.addAttribute("names", names.of(council.schoolId(), people));
		model.addAttribute("today", today);
		return "council/decisions";
	}

	@GetMapping("/{id}/tasks")
	String tasks(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilId id, Model model) {
		Council council = management.find(me, id);
		access.requirePapersReader(me, council);
		return tasksPage(me, council, model);
	}

	@PostMapping("/tasks/{id}/follow-up")
	String followUp(@AuthenticationPrincipal SchoolUser me, @PathVariable kg.usulduk.council.CouncilTaskId id,
			@Valid @ModelAttribute("followUpForm") FollowUpForm form, BindingResult errors,
			@RequestParam CouncilId council, Model model, RedirectAttributes redirect) {
		if (PageActs.done(errors, model, redirect, () -> management.followUp(me, id, form.version(), form.note(),
				Boolean.TRUE.equals(form.done())), "council.saved.followUp")) {
			return "redirect:/council/" + council + "/tasks";
		}
		return tasksPage(me, management.find(me, council), model);
	}

	private String tasksPage(SchoolUser me, Council council, Model model) {
		List<CouncilTask> all = management.tasksOf(council);
		Set<StaffId> people = new HashSet<>();
		all.forEach(t -> people.add(t.responsible()));
		model.addAttribute("council", council);
		model.addAttribute("tasks", all);
		model.addAttribute("names", names.of(council.schoolId(), people));
		model.addAttribute("today", schoolTime.today(council.schoolId()));
		model.addAttribute("keeps", access.keepsProtocols(me, council));
		return "council/tasks";
	}

	private String page(SchoolUser me, Council council, Model model) {
		SchoolProfile school = access.readableSchool(me, council.schoolId());
		boolean papers = access.readsPapers(me, council);
		List<SessionLine> sessions = papers ? management.linesOf(council) : List.of();
		LocalDate today = schoolTime.today(school);
		Set<StaffId> people = new HashSet<>(council.members());
		council.pastSeats().forEach(s -> people.add(s.staffId()));
		List<CouncilCompliance.SessionFact> facts = sessions.stream()
				.filter(s -> s.status().isNumbered())
				.map(s -> new CouncilCompliance.SessionFact(s.date(), s.isHeld(), s.signed(), s.yearEnd()))
				.toList();
		boolean secretaryAtFirst = council.secretaryElectedAt()
				.map(at -> sessions.stream().filter(SessionLine::isHeld).findFirst()
						.map(first -> first.getId().equals(at)).orElse(false))
				.orElse(false);
		model.addAttribute("council", council);
		model.addAttribute("body", council.body());
		model.addAttribute("school", school);
		model.addAttribute("year", council.year());
		model.addAttribute("years", years(council.schoolId()));
		model.addAttribute("seats", council.currentSeats());
		kg.usulduk.school.Role chairs = council.isPedagogical() ? kg.usulduk.school.Role.DIRECTOR
				: kg.usulduk.school.Role.DEPUTY;
		boolean manages = access.manages(me, council);
		// Only those who manage the council replace its chair: nobody else's page asks who may chair it.
		model.addAttribute("deputies", !manages ? List.of() : staff.activeStaffWithRole(council.schoolId(), chairs)
				.stream().filter(card -> !card.id().equals(council.chair())).toList());
		model.addAttribute("pastSeats", council.pastSeats());
		model.addAttribute("names", names.of(council.schoolId(), people));
		model.addAttribute("sessions", sessions);
		model.addAttribute("papers", papers);
		model.addAttribute("manages", manages);
		if (!council.isPedagogical()) {
			// 003 §5.1–5.4 are the methodological council's rules; the pedagogical council has none in the seeds.
			boolean planAtFirst = papers && management.sessionPlanApprovedAtFirstSession(council);
			model.addAttribute("compliance", CouncilCompliance.of(council.year(),
					schools.quarters(council.schoolId(), council.year()), facts, secretaryAtFirst, planAtFirst, today));
		}
		else if (papers) {
			model.addAttribute("resolutions", register.resolutions(council.getId()));
			model.addAttribute("proposals", management.proposedFor(council));
			model.addAttribute("keeps", access.keepsProtocols(me, council));
			model.addAttribute("openSessions", sessions.stream()
					.filter(s -> s.status() == kg.usulduk.school.meetings.MeetingStatus.SCHEDULED).toList());
		}
		model.addAttribute("candidates", staff.activeStaff(council.schoolId()).stream()
				.filter(c -> !council.isMember(c.id())).toList());
		model.addAttribute("roles", council.rolesSeatedByHand());
		if (!model.containsAttribute("seatForm")) {
			model.addAttribute("seatForm", new SeatForm(council.version(), null, council.rolesSeatedByHand().get(council.rolesSeatedByHand().size() - 1)));
		}
		return "council/page";
	}

	private List<SchoolYear> years(SchoolId school) {
		SchoolYear now = schoolTime.schoolYear(school);
		return List.of(now.next(), now, now.previous(), now.previous().previous());
	}

	private SchoolYear year(Integer year, SchoolId school) {
		return year == null || year < 2000 || year > 2200 ? schoolTime.schoolYear(school) : new SchoolYear(year);
	}
}
