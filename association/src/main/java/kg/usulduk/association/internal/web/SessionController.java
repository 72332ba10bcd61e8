package kg.usulduk.association.internal.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.ProtocolId;
import kg.usulduk.association.SessionId;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationAccess;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.Protocol;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.association.internal.Signature;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.meetings.Agenda;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.meetings.MeetingForms.AttendanceLine;
import kg.usulduk.school.meetings.MeetingForms.CancelForm;
import kg.usulduk.school.meetings.MeetingForms.HoldForm;
import kg.usulduk.school.meetings.MeetingForms.RescheduleForm;
import kg.usulduk.school.meetings.ProtocolEntry;
import kg.usulduk.school.papers.PaperPrinting;
import kg.usulduk.school.web.FormErrors;
import kg.usulduk.school.web.PageActs;
import kg.usulduk.school.web.StaffNames;
import kg.usulduk.school.SchoolTime;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Scheduling a session, its page (agenda, attendance, protocol editor, signing), and the protocol's print and PDF. */
@Controller
@RequestMapping("/associations")
class SessionController {

	private final SessionManagement sessions;
	private final AssociationManagement associations;
	private final AssociationAccess access;
	private final StaffNames names;
	private final PaperPrinting printing;
	private final SchoolTime schoolTime;

	SessionController(SessionManagement sessions, AssociationManagement associations, AssociationAccess access,
			StaffNames names, PaperPrinting printing, SchoolTime schoolTime) {
		this.sessions = sessions;
		this.associations = associations;
		this.access = access;
		this.names = names;
		this.printing = printing;
		this.schoolTime = schoolTime;
	}

	/** A new session: one agenda question per line of {@code agenda}. */
	record ScheduleForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@NotNull @DateTimeFormat(pattern = "HH:mm") LocalTime time, @Size(max = 200) String place,
			@Size(max = 10000) String agenda) {

		List<AgendaItem> agendaItems() {
			return Agenda.fromLines(agenda);
		}
	}

	record EntryForm(String considered, String decision, String proposals) {
	}

	record ProtocolForm(Integer version, List<EntryForm> entries) {
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/{id}/sessions/new")
	String create(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id, Model model) {
		Association association = associations.find(me, id);
		access.requireLeader(me, association);
		model.addAttribute("association", association);
		model.addAttribute("scheduleForm", new ScheduleForm(schoolTime.today(association.schoolId()).plusDays(7), LocalTime.of(14, 30), "", ""));
		return "association/session-form";
	}

	@PostMapping("/{id}/sessions")
	String schedule(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@Valid @ModelAttribute("scheduleForm") ScheduleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Association association = associations.find(me, id);
		access.requireLeader(me, association);
		if (!errors.hasErrors()) {
			try {
				Session session = sessions.schedule(me, id, form.date(), form.time(), form.place(), form.agendaItems());
				redirect.addFlashAttribute("saved", "association.saved.scheduled");
				return "redirect:/associations/sessions/" + session.getId();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		model.addAttribute("association", association);
		return "association/session-form";
	}

	@GetMapping("/sessions/{id}")
	String show(@AuthenticationPrincipal SchoolUser me, @PathVariable SessionId id, Model model) {
		return page(me, sessions.findSession(me, id), model);
	}

	@PostMapping("/sessions/{id}/reschedule")
	String reschedule(@AuthenticationPrincipal SchoolUser me, @PathVariable SessionId id,
			@Valid @ModelAttribute("rescheduleForm") RescheduleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> sessions.reschedule(me, id, form.version(), form.date(),
				form.time(), form.place(), form.reason()), "association.saved.rescheduled");
	}

	@PostMapping("/sessions/{id}/cancel")
	String cancel(@AuthenticationPrincipal SchoolUser me, @PathVariable SessionId id,
			@Valid @ModelAttribute("cancelForm") CancelForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> sessions.cancel(me, id, form.version(), form.reason()),
				"association.saved.cancelled");
	}

	@PostMapping("/sessions/{id}/hold")
	String hold(@AuthenticationPrincipal SchoolUser me, @PathVariable SessionId id,
			@ModelAttribute("holdForm") HoldForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> sessions.hold(me, id, form.version(), form.presentOrNone(), form.absenceReasons()),
				"association.saved.held");
	}

	@PostMapping("/protocols/{id}")
	String write(@AuthenticationPrincipal SchoolUser me, @PathVariable ProtocolId id,
			@ModelAttribute("protocolForm") ProtocolForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Protocol protocol = protocol(me, id);
		return act(me, protocol.sessionId(), errors, model, redirect,
				() -> sessions.writeProtocol(me, id, form.version(), entries(protocol, form)), "association.saved.protocol");
	}

	@PostMapping("/protocols/{id}/sign")
	String sign(@AuthenticationPrincipal SchoolUser me, @PathVariable ProtocolId id,
			@ModelAttribute("protocolForm") ProtocolForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Protocol protocol = protocol(me, id);
		return act(me, protocol.sessionId(), errors, model, redirect, () -> {
			if (form.entries() == null || protocol.isSigned()) {
				sessions.sign(me, id, form.version());
			}
			else {
				sessions.writeAndSign(me, id, form.version(), entries(protocol, form));
			}
		}, "association.saved.signed");
	}

	@PostMapping("/protocols/{id}/correct")
	String correct(@AuthenticationPrincipal SchoolUser me, @PathVariable ProtocolId id, Model model,
			RedirectAttributes redirect) {
		Protocol protocol = protocol(me, id);
		sessions.correct(me, id);
		redirect.addFlashAttribute("saved", "association.saved.correction");
		return "redirect:/associations/sessions/" + protocol.sessionId();
	}

	@GetMapping("/protocols/{id}")
	String print(@AuthenticationPrincipal SchoolUser me, @PathVariable ProtocolId id, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		printModel(me, protocol(me, id), model.asMap());
		return printing.page(request, (SchoolProfile) model.getAttribute("school"), "association/protocol-print");
	}

	@GetMapping("/protocols/{id}/pdf")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal SchoolUser me, @PathVariable ProtocolId id) {
		Protocol protocol = protocol(me, id);
		Map<String, Object> model = new HashMap<>();
		printModel(me, protocol, model);
		return printing.download("association/protocol-print", model, (SchoolProfile) model.get("school"),
				"protocol-" + protocol.sessionDate() + ".pdf");
	}

	private Protocol protocol(SchoolUser me, ProtocolId id) {
		return sessions.findProtocol(me, id);
	}

	private void printModel(SchoolUser me, Protocol protocol, Map<String, Object> model) {
		Session session = sessions.findSession(me, protocol.sessionId());
		Association association = associations.find(me, session.associationId());
		SchoolProfile school = access.readableSchool(me, association.schoolId());
		Set<StaffId> people = new HashSet<>(session.invited());
		protocol.signatures().forEach(s -> people.add(s.staffId()));
		association.head().ifPresent(people::add);
		model.put("protocol", protocol);
		model.put("meeting", session);
		model.put("association", association);
		model.put("school", school);
		model.put("names", names.of(association.schoolId(), people));
		StaffNames.Names shown = (StaffNames.Names) model.get("names");
		model.put("presentNames", shown.joined(session.presentMembers()));
		model.put("absentNames", session.absentLine(shown::get));
		model.put("number", sessions.numberInYear(session));
	}

	private List<ProtocolEntry> entries(Protocol protocol, ProtocolForm form) {
		List<ProtocolEntry> current = protocol.entries();
		List<EntryForm> typed = form.entries() == null ? List.of() : form.entries();
		if (typed.size() != current.size()) {
			throw RuleViolation.of("association.protocol.entriesMismatch");
		}
		List<ProtocolEntry> entries = new ArrayList<>();
		for (int i = 0; i < current.size(); i++) {
			EntryForm entry = typed.get(i);
			entries.add(new ProtocolEntry(current.get(i).question(), entry.considered(), entry.decision(),
					entry.proposals()));
		}
		return entries;
	}

	private String act(SchoolUser me, SessionId id, BindingResult errors, Model model, RedirectAttributes redirect,
			Runnable act, String savedMessage) {
		if (PageActs.done(errors, model, redirect, act, savedMessage)) {
			return "redirect:/associations/sessions/" + id;
		}
		return page(me, sessions.findSession(me, id), model);
	}

	private String page(SchoolUser me, Session session, Model model) {
		Association association = associations.find(me, session.associationId());
		List<Protocol> protocols = sessions.protocolsOf(me, session.getId());
		Protocol current = protocols.isEmpty() ? null : protocols.get(protocols.size() - 1);
		Set<StaffId> people = new HashSet<>(session.invited());
		people.addAll(association.currentMembers());
		protocols.forEach(p -> p.signatures().forEach(s -> people.add(s.staffId())));
		boolean leads = access.leads(me, association) && association.isOpen();
		model.addAttribute("meeting", session);
		model.addAttribute("association", association);
		model.addAttribute("protocols", protocols);
		model.addAttribute("protocol", current);
		StaffNames.Names shownNames = names.of(association.schoolId(), people);
		model.addAttribute("names", shownNames);
		model.addAttribute("presentNames", shownNames.joined(session.presentMembers()));
		model.addAttribute("absentNames", session.absentLine(shownNames::get));
		HoldForm hold = model.getAttribute("holdForm") instanceof HoldForm shown ? shown : HoldForm.of(session);
		model.addAttribute("attendees", AttendanceLine.of(attendees(session, association), shownNames::get, hold));
		model.addAttribute("leads", leads);
		model.addAttribute("today", schoolTime.today(association.schoolId()));
		model.addAttribute("number", sessions.numberInYear(session));
		model.addAttribute("signAs", current == null ? null
				: sessions.signatoryOf(me, association, current).map(Signature.Signatory::name).orElse(null));
		if (!model.containsAttribute("rescheduleForm")) {
			model.addAttribute("rescheduleForm", RescheduleForm.of(session));
		}
		if (!model.containsAttribute("cancelForm")) {
			model.addAttribute("cancelForm", CancelForm.of(session));
		}
		if (!model.containsAttribute("holdForm")) {
			model.addAttribute("holdForm", hold);
		}
		if (current != null && !(model.getAttribute("protocolForm") instanceof ProtocolForm shown
				&& shown.entries() != null && shown.entries().size() == current.entries().size())) {
			model.addAttribute("protocolForm", new ProtocolForm(current.version(), current.entries().stream()
					.map(e -> new EntryForm(e.considered(), e.decision(), e.proposals())).toList()));
		}
		return "association/session";
	}

	/** Who can be marked present: those invited, and members who joined since. */
	private static List<StaffId> attendees(Session session, Association association) {
		List<StaffId> all = new ArrayList<>(session.invited());
		association.currentMembers().stream().filter(m -> !all.contains(m)).forEach(all::add);
		return all;
	}
}
