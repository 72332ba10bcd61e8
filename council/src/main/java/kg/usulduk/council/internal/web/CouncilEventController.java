package kg.usulduk.council.internal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kg.usulduk.council.CouncilEventId;
import kg.usulduk.council.CouncilEventKind;
import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.internal.Council;
import kg.usulduk.council.internal.CouncilEvent;
import kg.usulduk.council.internal.CouncilEventList;
import kg.usulduk.council.internal.CouncilEventManagement;
import kg.usulduk.council.internal.CouncilManagement;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.web.FormErrors;
import kg.usulduk.school.web.PageActs;
import kg.usulduk.school.web.StaffNames;
import kg.usulduk.school.SchoolTime;

import org.springframework.data.domain.Page;
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
 * The council's events (000 §2.3): the list of its year, the form that schedules one, and an event's page where it is
 * moved, cancelled or marked held with its outcome.
 */
@Controller
@RequestMapping("/council")
class CouncilEventController {

	private final CouncilEventManagement events;
	private final CouncilEventList list;
	private final CouncilManagement councils;
	private final StaffDirectory staff;
	private final StaffNames names;
	private final SchoolTime schoolTime;

	CouncilEventController(CouncilEventManagement events, CouncilEventList list, CouncilManagement councils,
			StaffDirectory staff, StaffNames names, SchoolTime schoolTime) {
		this.events = events;
		this.list = list;
		this.councils = councils;
		this.staff = staff;
		this.names = names;
		this.schoolTime = schoolTime;
	}

	/** A new event; {@code decision} names a decision of a signed protocol as {@code session:item}, or nothing. */
	record EventForm(@NotNull CouncilEventKind kind, @NotBlank @Size(max = 200) String title,
			@Size(max = 500) String theme, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@DateTimeFormat(pattern = "HH:mm") LocalTime time, @Size(max = 200) String place,
			@NotNull StaffId responsible, CouncilEvent.Audience audience, @Size(max = 100) String decision) {

		CouncilEvent.Plan plan() {
			CouncilSessionId session = null;
			Integer item = null;
			if (decision != null && !decision.isBlank()) {
				String[] parts = decision.strip().split(":", 2);
				try {
					session = new CouncilSessionId(UUID.fromString(parts[0]));
					item = Integer.valueOf(parts[1]);
				}
				catch (RuntimeException malformed) {
					throw RuleViolation.onField("decision", "council.event.decisionUnknown");
				}
			}
			return new CouncilEvent.Plan(kind, title, theme, startsOn, endsOn, time, place, responsible, audience,
					session, item);
		}
	}

	record MoveForm(Integer version, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
			@DateTimeFormat(pattern = "HH:mm") LocalTime time, @Size(max = 200) String place,
			@NotBlank @Size(max = 500) String reason) {
	}

	record CancelForm(Integer version, @NotBlank @Size(max = 500) String reason) {
	}

	record HoldForm(Integer version, @NotBlank @Size(max = 5000) String outcome, @NotNull Integer participants,
			@Size(max = 5000) String materials) {
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/{id}/events")
	String list(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilId id,
			@RequestParam(defaultValue = "0") int page, Model model) {
		Council council = councils.find(me, id);
		Page<CouncilEventList.Row> rows = list.of(id, page);
		Set<StaffId> people = new HashSet<>();
		rows.forEach(row -> people.add(row.responsible()));
		model.addAttribute("council", council);
		model.addAttribute("rows", rows);
		model.addAttribute("names", names.of(council.schoolId(), people));
		model.addAttribute("organises", events.organises(me, council));
		model.addAttribute("today", schoolTime.today(council.schoolId()));
		return "council/events";
	}

	@GetMapping("/{id}/events/new")
	String newEvent(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilId id, Model model) {
		Council council = councils.find(me, id);
		requireOrganiser(me, council);
		LocalDate suggested = schoolTime.today(council.schoolId()).plusDays(14);
		model.addAttribute("eventForm", new EventForm(CouncilEventKind.METHODOLOGICAL_DAY, "", "",
				council.year().contains(suggested) ? suggested : council.year().end(), null, LocalTime.of(10, 0), "",
				me.staffId(), CouncilEvent.Audience.STAFF, ""));
		return form(council, model);
	}

	@PostMapping("/{id}/events")
	String schedule(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilId id,
			@Valid @ModelAttribute("eventForm") EventForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Council council = councils.find(me, id);
		requireOrganiser(me, council);
		if (!errors.hasErrors()) {
			try {
				CouncilEvent event = events.schedule(me, id, form.plan());
				redirect.addFlashAttribute("saved", "council.event.saved.scheduled");
				return "redirect:/council/events/" + event.getId();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		return form(council, model);
	}

	@GetMapping("/events/{id}")
	String show(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilEventId id, Model model) {
		return page(me, events.find(me, id), model);
	}

	@PostMapping("/events/{id}/reschedule")
	String reschedule(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilEventId id,
			@Valid @ModelAttribute("moveForm") MoveForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> events.reschedule(me, id, form.version(), form.startsOn(),
				form.endsOn(), form.time(), form.place(), form.reason()), "council.event.saved.rescheduled");
	}

	@PostMapping("/events/{id}/cancel")
	String cancel(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilEventId id,
			@Valid @ModelAttribute("cancelForm") CancelForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> events.cancel(me, id, form.version(), form.reason()),
				"council.event.saved.cancelled");
	}

	@PostMapping("/events/{id}/hold")
	String hold(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilEventId id,
			@Valid @ModelAttribute("holdForm") HoldForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> events.hold(me, id, form.version(),
				new CouncilEvent.Outcome(form.outcome(), form.participants(), form.materials())),
				"council.event.saved.held");
	}

	private String act(SchoolUser me, CouncilEventId id, BindingResult errors, Model model,
			RedirectAttributes redirect, Runnable act, String savedMessage) {
		CouncilEvent event = events.find(me, id);
		requireOrganiser(me, events.councilOf(event));
		if (PageActs.done(errors, model, redirect, act, savedMessage)) {
			return "redirect:/council/events/" + id;
		}
		return page(me, events.find(me, id), model);
	}

	private String form(Council council, Model model) {
		model.addAttribute("council", council);
		model.addAttribute("kinds", CouncilEventKind.values());
		model.addAttribute("audiences", CouncilEvent.Audience.values());
		model.addAttribute("staffList", staff.activeStaff(council.schoolId()));
		model.addAttribute("decisions", events.decisionsOf(council));
		return "council/event-form";
	}

	private String page(SchoolUser me, CouncilEvent event, Model model) {
		Council council = events.councilOf(event);
		boolean organises = events.organises(me, council);
		model.addAttribute("event", event);
		model.addAttribute("council", council);
		model.addAttribute("names", names.of(council.schoolId(), List.of(event.responsible())));
		model.addAttribute("organises", organises && event.isScheduled());
		model.addAttribute("today", schoolTime.today(council.schoolId()));
		model.addAttribute("decision", event.decisionSession() == null ? null
				: events.decisionsOf(council).stream().filter(d -> d.session().equals(event.decisionSession())
						&& event.decisionItem() != null && d.item() == event.decisionItem()).findFirst().orElse(null));
		if (!model.containsAttribute("moveForm")) {
			model.addAttribute("moveForm", new MoveForm(event.version(), event.startsOn(),
					event.isMultiDay() ? event.endsOn() : null, event.time(), event.place(), ""));
		}
		if (!model.containsAttribute("cancelForm")) {
			model.addAttribute("cancelForm", new CancelForm(event.version(), ""));
		}
		if (!model.containsAttribute("holdForm")) {
			model.addAttribute("holdForm", new HoldForm(event.version(), "", null, ""));
		}
		return "council/event";
	}

	private void requireOrganiser(SchoolUser me, Council council) {
		if (!events.organises(me, council)) {
			throw new AccessDeniedException("The council's events are kept by its chair, its secretary and the director");
		}
	}
}
