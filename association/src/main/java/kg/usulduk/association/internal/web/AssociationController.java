package kg.usulduk.association.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kg.usulduk.association.ActivityKind;
import kg.usulduk.association.AssociationId;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.SessionId;
import kg.usulduk.association.internal.Activities;
import kg.usulduk.association.internal.Activity;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationAccess;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.AssociationOverview;
import kg.usulduk.association.internal.DataBank;
import kg.usulduk.association.internal.HeadTerm;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.Sessions;
import kg.usulduk.association.internal.YearTheme;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of associations and each association's page, with the forms that change it. */
@Controller
@RequestMapping("/associations")
class AssociationController {

	private final AssociationManagement management;
	private final AssociationOverview overview;
	private final AssociationAccess access;
	private final Sessions sessions;
	private final Activities activities;
	private final StaffDirectory staff;
	private final StaffNames names;
	private final SchoolTime schoolTime;

	private final kg.usulduk.school.web.PdfDocuments pdf;

	AssociationController(AssociationManagement management, AssociationOverview overview, AssociationAccess access,
			Sessions sessions, Activities activities, StaffDirectory staff, StaffNames names, SchoolTime schoolTime,
			kg.usulduk.school.web.PdfDocuments pdf) {
		this.pdf = pdf;
		this.management = management;
		this.overview = overview;
		this.access = access;
		this.sessions = sessions;
		this.activities = activities;
		this.staff = staff;
		this.names = names;
		this.schoolTime = schoolTime;
	}

	record OpeningForm(@NotBlank @Size(max = 200) String name, @NotNull AssociationKind kind,
			@Size(max = 1000) String subjects, @Size(max = 500) String problem,
			@NotBlank @Size(max = 30) String orderNumber,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate orderDate) {

		static OpeningForm empty(LocalDate today) {
			return new OpeningForm("", AssociationKind.SUBJECT, "", "", "", today);
		}
	}

	record MemberForm(Integer version, @NotNull StaffId staff) {
	}

	record HeadForm(Integer version, @NotNull StaffId head, Boolean elected, @NotBlank @Size(max = 30) String orderNumber,
			@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate orderDate) {
	}

	/** 001 §6.1: the director's order that closes the association. */
	record ClosingForm(Integer version, @NotBlank @Size(max = 30) String orderNumber, @NotNull LocalDate orderDate) {
	}

	record SecretaryForm(Integer version, StaffId secretary) {
	}

	record ThemeForm(Integer version, @NotNull Integer schoolYear, @NotBlank @Size(max = 500) String theme,
			@Size(max = 2000) String goal, @Size(max = 4000) String priorities, @Size(max = 4000) String tasks) {
	}

	record TopicForm(@NotNull StaffId staff, @NotNull Integer schoolYear, @NotBlank @Size(max = 500) String topic) {
	}

	record YearEndForm(Integer version, @NotNull Integer schoolYear, @NotNull SessionId session,
			@NotBlank @Size(max = 20000) String analysis, @NotBlank @Size(max = 10000) String directions) {
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping
	String list(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) SchoolId school,
			@RequestParam(required = false) Integer year, Model model) {
		SchoolProfile shown = access.readableSchool(me, school == null ? me.schoolId() : school);
		SchoolYear schoolYear = year(year, shown.id());
		var rows = overview.list(shown, schoolYear);
		model.addAttribute("school", shown);
		model.addAttribute("year", schoolYear);
		model.addAttribute("rows", rows);
		model.addAttribute("names", names.of(shown.id(), rows.stream().map(AssociationOverview.Row::head).toList()));
		model.addAttribute("canOpen", shown.id().equals(me.schoolId()) && access.mayOpenAssociations(me));
		return "association/list";
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal SchoolUser me, Model model) {
		access.requireOpener(me);
		model.addAttribute("openingForm", OpeningForm.empty(schoolTime.today(me.schoolId())));
		model.addAttribute("kinds", AssociationKind.values());
		return "association/form";
	}

	@PostMapping
	String open(@AuthenticationPrincipal SchoolUser me, @Valid @ModelAttribute("openingForm") OpeningForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		access.requireOpener(me);
		if (!errors.hasErrors()) {
			try {
				Association association = management.open(me, new AssociationManagement.Opening(form.name(),
						form.kind(), split(form.subjects()), form.problem(),
						new OrderReference(form.orderNumber(), form.orderDate())));
				redirect.addFlashAttribute("saved", "association.saved.opened");
				return "redirect:/associations/" + association.getId();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		model.addAttribute("kinds", AssociationKind.values());
		return "association/form";
	}

	@GetMapping("/{id}")
	String show(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@RequestParam(required = false) Integer year, Model model) {
		Association shown = management.find(me, id);
		return page(me, shown, year(year, shown.schoolId()), model);
	}

	@PostMapping("/{id}/members")
	String admit(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@Valid @ModelAttribute("memberForm") MemberForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, null, errors, model, redirect,
				() -> management.admit(me, id, form.version(), form.staff()), "association.saved.member");
	}

	@PostMapping("/{id}/members/{staff}/release")
	String release(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id, @PathVariable StaffId staff,
			@RequestParam(required = false) Integer version, RedirectAttributes redirect) {
		management.release(me, id, version, staff);
		redirect.addFlashAttribute("saved", "association.saved.memberLeft");
		return "redirect:/associations/" + id;
	}

	@PostMapping("/{id}/head")
	String head(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@Valid @ModelAttribute("headForm") HeadForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, null, errors, model, redirect, () -> {
			OrderReference order = new OrderReference(form.orderNumber(), form.orderDate());
			if (!Boolean.FALSE.equals(form.elected())) {
				management.electHead(me, id, form.version(), form.head(), order);
			}
			else {
				management.appointHead(me, id, form.version(), form.head(), order);
			}
		}, "association.saved.head");
	}

	@PostMapping("/{id}/secretary")
	String secretary(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@Valid @ModelAttribute("secretaryForm") SecretaryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, null, errors, model, redirect,
				() -> management.chooseSecretary(me, id, form.version(), form.secretary()), "association.saved.secretary");
	}

	@PostMapping("/{id}/theme")
	String theme(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@Valid @ModelAttribute("themeForm") ThemeForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, form.schoolYear(), errors, model, redirect,
				() -> management.setTheme(me, id, form.version(), new YearTheme(form.schoolYear(), form.theme(),
						form.goal(), form.priorities(), form.tasks())),
				"association.saved.theme");
	}

	@PostMapping("/{id}/topics")
	String topic(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@Valid @ModelAttribute("topicForm") TopicForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, form.schoolYear(), errors, model, redirect,
				() -> management.recordSelfEducationTopic(me, id, form.staff(), new SchoolYear(form.schoolYear()),
						form.topic()),
				"association.saved.topic");
	}

	@PostMapping("/{id}/year-end")
	String yearEnd(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@Valid @ModelAttribute("yearEndForm") YearEndForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, form.schoolYear(), errors, model, redirect,
				() -> management.completeYearEnd(me, id, form.version(), new SchoolYear(form.schoolYear()),
						form.session(), form.analysis(), form.directions()),
				"association.saved.yearEnd");
	}

	@PostMapping("/{id}/close")
	String close(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@Valid @ModelAttribute("closingForm") ClosingForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, null, errors, model, redirect,
				() -> management.close(me, id, form.version(), new OrderReference(form.orderNumber(), form.orderDate())),
				"association.saved.closed");
	}

	/**
	 * The year's analysis of the association for the district education department (004 papers 4, plan I.12): its
	 * people, theme, sessions, activities, the rules of the year and the deputy's analysis, ready to print.
	 */
	@GetMapping("/{id}/report")
	String report(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@RequestParam(required = false) Integer year, Model model, jakarta.servlet.http.HttpServletRequest request) {
		reportModel(me, id, year, model);
		kg.usulduk.school.web.PrintLanguage.printIn(request, (SchoolProfile) model.getAttribute("school"));
		return "association/report";
	}

	/** The year's analysis as a PDF, in the school's language (004 papers 4, plan I.12). */
	@GetMapping("/{id}/report/pdf")
	org.springframework.http.ResponseEntity<byte[]> reportPdf(@AuthenticationPrincipal SchoolUser me,
			@PathVariable AssociationId id, @RequestParam(required = false) Integer year, Model model) {
		reportModel(me, id, year, model);
		model.addAttribute("pdf", true);
		SchoolProfile school = (SchoolProfile) model.getAttribute("school");
		return pdf.download("association/report", model.asMap(), school.settings().documentLocale(),
				"year-analysis-" + model.getAttribute("year") + ".pdf");
	}

	/** 004 papers 4, plan I.12: the year's analysis was handed in, to whom and when. */
	@PostMapping("/{id}/year-analysis/handed-in")
	String handIn(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@RequestParam(required = false) Integer version, @RequestParam(required = false) Integer schoolYear,
			@RequestParam(required = false) kg.usulduk.association.YearAnalysisRecipient recipient,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate handedOn,
			RedirectAttributes redirect) {
		SchoolYear year = year(schoolYear, me.schoolId());
		try {
			management.handInYearAnalysis(me, id, version, year, recipient, handedOn);
			redirect.addFlashAttribute("saved", "association.saved.handedIn");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation);
		}
		return "redirect:/associations/" + id + "?year=" + year.startYear();
	}

	private void reportModel(SchoolUser me, AssociationId id, Integer year, Model model) {
		Association association = management.find(me, id);
		access.requirePapersReader(me, association);
		page(me, association, year(year, association.schoolId()), model);
		Map<ActivityKind, Long> held = new EnumMap<>(ActivityKind.class);
		@SuppressWarnings("unchecked")
		List<Activity> all = (List<Activity>) model.getAttribute("activities");
		all.stream().filter(a -> a.status() == Activity.Status.HELD)
				.forEach(a -> held.merge(a.kind(), 1L, Long::sum));
		model.addAttribute("heldByKind", held);
	}

	/** Runs an act from one of the page's forms: redirect on success, the page with the form's errors otherwise. */
	private String act(SchoolUser me, AssociationId id, Integer year, BindingResult errors, Model model,
			RedirectAttributes redirect, Runnable act, String savedMessage) {
		if (PageActs.done(errors, model, redirect, act, savedMessage)) {
			return "redirect:/associations/" + id + (year == null ? "" : "?year=" + year);
		}
		Association shown = management.find(me, id);
		return page(me, shown, year(year, shown.schoolId()), model);
	}

	private String page(SchoolUser me, Association association, SchoolYear year, Model model) {
		SchoolProfile school = access.readableSchool(me, association.schoolId());
		boolean papers = access.mayReadPapers(me, association);
		boolean manages = access.manages(me, association);
		boolean leads = access.leads(me, association);
		LocalDate today = schoolTime.today(school);
		List<StaffCard> active = staff.activeStaff(association.schoolId());
		Set<StaffId> mentioned = new HashSet<>();
		association.memberships().forEach(m -> mentioned.add(m.staffId()));
		association.headHistory().forEach(h -> mentioned.add(h.staffId()));
		List<StaffCard> members = members(association, active, staff);
		model.addAttribute("association", association);
		model.addAttribute("school", school);
		model.addAttribute("year", year);
		model.addAttribute("years", List.of(SchoolYear.of(today).next(), SchoolYear.of(today),
				SchoolYear.of(today).previous(), SchoolYear.of(today).previous().previous()));
		model.addAttribute("today", today);
		model.addAttribute("recipients", kg.usulduk.association.YearAnalysisRecipient.values());
		model.addAttribute("names", names.of(association.schoolId(), mentioned));
		model.addAttribute("members", members);
		model.addAttribute("pastMembers", association.memberships().stream().filter(m -> m.leftOn() != null).toList());
		List<HeadTerm> heads = new ArrayList<>(association.headHistory());
		Collections.reverse(heads);
		model.addAttribute("heads", heads);
		model.addAttribute("candidates", active.stream().filter(c -> !association.isMember(c.id())).toList());
		model.addAttribute("dataBank", DataBank.of(members, school.settings().youngTeacherYears(), today));
		model.addAttribute("theme", association.theme(year).orElse(null));
		model.addAttribute("topics", association.topics(year));
		model.addAttribute("yearEnd", association.yearEnd(year).orElse(null));
		model.addAttribute("compliance", overview.compliance(association.getId(), school, year));
		model.addAttribute("papers", papers);
		model.addAttribute("manages", manages && association.isOpen());
		model.addAttribute("analysesYear", access.analysesYear(me, association));
		model.addAttribute("leads", leads && association.isOpen());
		model.addAttribute("isMember", association.isMember(me.staffId()));
		List<Session> yearSessions = papers ? sessions.findByAssociationIdAndDateBetweenOrderByDateAscTimeAsc(
				association.getId(), year.start(), year.end()) : List.of();
		model.addAttribute("sessions", yearSessions);
		model.addAttribute("heldSessions", yearSessions.stream().filter(Session::isHeld).toList());
		model.addAttribute("activities", papers ? activities.findByAssociationIdAndDateBetweenOrderByDateAsc(
				association.getId(), year.start(), year.end()) : List.of());
		Integer version = association.version();
		addIfMissing(model, "memberForm", new MemberForm(version, null));
		addIfMissing(model, "headForm", new HeadForm(version, association.head().orElse(null), true, "", today));
		addIfMissing(model, "secretaryForm", new SecretaryForm(version, association.secretary().orElse(null)));
		addIfMissing(model, "closingForm", new ClosingForm(version, "", today));
		YearTheme theme = association.theme(year).orElse(null);
		addIfMissing(model, "themeForm", theme == null
				? new ThemeForm(version, year.startYear(), "", "", "", "")
				: new ThemeForm(version, year.startYear(), theme.theme(), theme.goal(), theme.priorities(), theme.tasks()));
		addIfMissing(model, "topicForm", new TopicForm(me.staffId(), year.startYear(), ""));
		addIfMissing(model, "yearEndForm", new YearEndForm(version, year.startYear(),
				yearSessions.stream().filter(Session::isHeld).reduce((a, b) -> b).map(Session::getId).orElse(null), "", ""));
		return "association/page";
	}

	/**
	 * The current members' cards, from the school's active staff the page reads anyway; only a member who has left the
	 * school (and not yet the association) is looked up on their own.
	 */
	static List<StaffCard> members(Association association, List<StaffCard> active, StaffDirectory staff) {
		Map<StaffId, StaffCard> byId = new HashMap<>();
		active.forEach(card -> byId.put(card.id(), card));
		List<StaffCard> members = new ArrayList<>();
		for (StaffId member : association.currentMembers()) {
			StaffCard card = byId.get(member);
			if (card != null) {
				members.add(card);
			}
			else {
				staff.find(association.schoolId(), member).ifPresent(members::add);
			}
		}
		return members;
	}

	private static void addIfMissing(Model model, String name, Object form) {
		if (!model.containsAttribute(name)) {
			model.addAttribute(name, form);
		}
	}

	static List<String> split(String text) {
		return text == null ? List.of() : Arrays.stream(text.split("[,;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

	/** The year asked for, or the school year it is at the school. */
	private SchoolYear year(Integer year, SchoolId school) {
		if (year == null || year < 2000 || year > 2200) {
			return schoolTime.schoolYear(school);
		}
		return new SchoolYear(year);
	}
}
