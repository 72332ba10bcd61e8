package kg.usulduk.council.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import kg.usulduk.council.CouncilProtocolId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.internal.Council;
import kg.usulduk.council.internal.CouncilAccess;
import kg.usulduk.council.internal.CouncilManagement;
import kg.usulduk.council.internal.CouncilProtocol;
import kg.usulduk.council.internal.CouncilProtocolEntry;
import kg.usulduk.council.internal.CouncilSession;
import kg.usulduk.council.internal.CouncilSignature;
import kg.usulduk.council.internal.MemberVotes;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.web.PageActs;
import kg.usulduk.school.meetings.MeetingForms.AttendanceLine;
import kg.usulduk.school.meetings.MeetingForms.CancelForm;
import kg.usulduk.school.meetings.MeetingForms.HoldForm;
import kg.usulduk.school.meetings.MeetingForms.RescheduleForm;
import kg.usulduk.school.papers.PaperPrinting;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A council session's page: agenda, attendance and quorum, the secretary's election, the protocol with its votes. */
@Controller
@RequestMapping("/council")
class CouncilSessionController {

	private final CouncilManagement management;
	private final CouncilAccess access;
	private final StaffDirectory staff;
	private final StaffNames names;
	private final PaperPrinting printing;
	private final MemberVotes votes;
	private final SchoolTime schoolTime;

	CouncilSessionController(CouncilManagement management, CouncilAccess access, StaffDirectory staff,
			StaffNames names, PaperPrinting printing, MemberVotes votes, SchoolTime schoolTime) {
		this.votes = votes;
		this.management = management;
		this.access = access;
		this.staff = staff;
		this.names = names;
		this.printing = printing;
		this.schoolTime = schoolTime;
	}

	record SecretaryForm(@NotNull StaffId secretary) {
	}

	record EntryForm(String considered, String proposals, String decision, DecisionKind kind, StaffId teacher, String document,
			StaffId responsible, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueOn, Integer votesFor,
			Integer votesAgainst, Integer abstained, kg.usulduk.council.Recommendation recommendedFor,
			String recommendedWhat) {
	}

	record ProtocolForm(Integer version, List<EntryForm> entries) {
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/sessions/{id}")
	String show(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilSessionId id, Model model) {
		return page(me, management.findSession(me, id), model);
	}

	@PostMapping("/sessions/{id}/reschedule")
	String reschedule(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilSessionId id,
			@Valid @ModelAttribute("rescheduleForm") RescheduleForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> management.reschedule(me, id, form.version(), form.date(),
				form.time(), form.place(), form.reason()), "council.saved.rescheduled");
	}

	@PostMapping("/sessions/{id}/cancel")
	String cancel(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilSessionId id,
			@Valid @ModelAttribute("cancelForm") CancelForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> management.cancel(me, id, form.version(), form.reason()),
				"council.saved.cancelled");
	}

	@PostMapping("/sessions/{id}/hold")
	String hold(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilSessionId id,
			@ModelAttribute("holdForm") HoldForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> management.hold(me, id, form.version(), form.presentOrNone(),
				form.absenceReasons()),
				"council.saved.held");
	}

	@PostMapping("/sessions/{id}/secretary")
	String secretary(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilSessionId id,
			@Valid @ModelAttribute("secretaryForm") SecretaryForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return act(me, id, errors, model, redirect, () -> management.electSecretary(me, id, form.secretary()),
				"council.saved.secretary");
	}

	@PostMapping("/protocols/{id}")
	String write(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilProtocolId id,
			@ModelAttribute("protocolForm") ProtocolForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		CouncilProtocol protocol = protocol(me, id);
		return act(me, protocol.sessionId(), errors, model, redirect,
				() -> management.writeProtocol(me, id, form.version(), entries(protocol, form)), "council.saved.protocol");
	}

	@PostMapping("/protocols/{id}/sign")
	String sign(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilProtocolId id,
			@ModelAttribute("protocolForm") ProtocolForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		CouncilProtocol protocol = protocol(me, id);
		return act(me, protocol.sessionId(), errors, model, redirect, () -> {
			if (form.entries() == null || protocol.isSigned()) {
				management.sign(me, id, form.version());
			}
			else {
				management.writeAndSign(me, id, form.version(), entries(protocol, form));
			}
		}, "council.saved.signed");
	}

	/** A member present records their own vote on a question of the draft protocol. */
	@PostMapping("/protocols/{id}/my-vote")
	String myVote(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilProtocolId id, @RequestParam int item,
			@RequestParam(required = false) MemberVotes.Vote vote, RedirectAttributes redirect) {
		CouncilProtocol protocol = protocol(me, id);
		try {
			votes.record(me, id, item, vote);
			redirect.addFlashAttribute("saved", "council.saved.myVote");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation);
		}
		return "redirect:/council/sessions/" + protocol.sessionId();
	}

	@PostMapping("/protocols/{id}/correct")
	String correct(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilProtocolId id,
			RedirectAttributes redirect) {
		CouncilProtocol protocol = protocol(me, id);
		management.correct(me, id);
		redirect.addFlashAttribute("saved", "council.saved.correction");
		return "redirect:/council/sessions/" + protocol.sessionId();
	}

	@GetMapping("/protocols/{id}")
	String print(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilProtocolId id, Model model,
			jakarta.servlet.http.HttpServletRequest request) {
		printModel(me, protocol(me, id), model.asMap());
		return printing.page(request, (SchoolProfile) model.getAttribute("school"), "council/protocol-print");
	}

	@GetMapping("/protocols/{id}/pdf")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal SchoolUser me, @PathVariable CouncilProtocolId id) {
		CouncilProtocol protocol = protocol(me, id);
		Map<String, Object> model = new HashMap<>();
		printModel(me, protocol, model);
		return printing.download("council/protocol-print", model, (SchoolProfile) model.get("school"),
				"council-protocol-" + protocol.sessionDate() + ".pdf");
	}

	private CouncilProtocol protocol(SchoolUser me, CouncilProtocolId id) {
		try {
			return management.protocolsBeside(me, id).stream().filter(p -> p.getId().equals(id)).findFirst()
					.orElseThrow(() -> new NotFound("protocol", id));
		}
		catch (NotFound e) {
			throw new NotFound("protocol", id);
		}
	}

	private void printModel(SchoolUser me, CouncilProtocol protocol, Map<String, Object> model) {
		CouncilSession session = management.findSession(me, protocol.sessionId());
		Council council = management.find(me, session.councilId());
		SchoolProfile school = access.readableSchool(me, council.schoolId());
		model.put("protocol", protocol);
		model.put("meeting", session);
		model.put("council", council);
		model.put("school", school);
		if (protocol.frozen() == null) {
			// A signed protocol prints the names frozen with it; a draft, the directory's names of today.
			StaffNames.Names shown = names.of(council.schoolId(), people(session, council, List.of(protocol)));
			model.put("names", shown);
			model.put("presentNames", shown.joined(session.presentMembers()));
			model.put("absentNames", session.absentLine(shown::get));
		}
		model.put("number", number(session, council));
	}

	private List<CouncilProtocolEntry> entries(CouncilProtocol protocol, ProtocolForm form) {
		List<CouncilProtocolEntry> current = protocol.entries();
		List<EntryForm> typed = form.entries() == null ? List.of() : form.entries();
		if (typed.size() != current.size()) {
			throw RuleViolation.of("council.protocol.entriesMismatch");
		}
		List<CouncilProtocolEntry> entries = new ArrayList<>();
		for (int i = 0; i < current.size(); i++) {
			EntryForm e = typed.get(i);
			entries.add(new CouncilProtocolEntry(current.get(i).question(), e.considered(), e.proposals(), e.decision(), e.kind(),
					e.teacher(), e.document(), e.responsible(), e.dueOn(), e.votesFor(), e.votesAgainst(), e.abstained(),
					e.kind() == DecisionKind.RECOMMEND_TEACHER ? e.recommendedFor() : null,
					e.kind() == DecisionKind.RECOMMEND_TEACHER ? e.recommendedWhat() : null));
		}
		return entries;
	}

	private String act(SchoolUser me, CouncilSessionId id, BindingResult errors, Model model,
			RedirectAttributes redirect, Runnable act, String savedMessage) {
		if (PageActs.done(errors, model, redirect, act, savedMessage)) {
			return "redirect:/council/sessions/" + id;
		}
		return page(me, management.findSession(me, id), model);
	}

	private String page(SchoolUser me, CouncilSession session, Model model) {
		Council council = management.find(me, session.councilId());
		List<CouncilProtocol> protocols = management.protocolsOf(me, session.getId());
		CouncilProtocol current = protocols.isEmpty() ? null : protocols.get(protocols.size() - 1);
		StaffNames.Names shown = names.of(council.schoolId(), people(session, council, protocols));
		boolean manages = access.manages(me, council);
		boolean first = session.isHeld() && management.isFirstSession(session);
		model.addAttribute("meeting", session);
		model.addAttribute("council", council);
		model.addAttribute("protocols", protocols);
		model.addAttribute("protocol", current);
		model.addAttribute("names", shown);
		model.addAttribute("presentNames", shown.joined(session.presentMembers()));
		model.addAttribute("absentNames", session.absentLine(shown::get));
		model.addAttribute("manages", manages);
		model.addAttribute("keeps", access.keepsProtocols(me, council));
		model.addAttribute("number", number(session, council));
		model.addAttribute("today", schoolTime.today(council.schoolId()));
		model.addAttribute("kinds", DecisionKind.of(council.body()));
		model.addAttribute("recommendations", kg.usulduk.council.Recommendation.values());
		model.addAttribute("staffList", staff.activeStaff(council.schoolId()));
		model.addAttribute("members", AttendanceLine.of(council.members(), shown::get, new HoldForm(null, Set.of(), List.of(), List.of())));
		model.addAttribute("electSecretary", (first || (session.isHeld() && council.isPedagogical())) && council.secretary().isEmpty() && manages);
		var quorum = management.quorumOf(council);
		int present = session.presentMembers().size();
		int members = session.memberCount();
		model.addAttribute("quorumMet", quorum.isMet(present, members));
		model.addAttribute("quorumNeeded", quorum.needed(members));
		boolean attended = session.presentMembers().contains(me.staffId());
		model.addAttribute("present", attended);
		// The page shows one's own votes to those present, and the count of votes in the draft's editor only.
		model.addAttribute("myVotes", current == null || !attended ? java.util.Map.of() : votes.mine(me, current.getId()));
		model.addAttribute("tally", current == null || current.isSigned() ? java.util.Map.of()
				: votes.tallies(current.getId()));
		model.addAttribute("voteChoices", MemberVotes.Vote.values());
		model.addAttribute("signAs", current == null ? null
				: management.signatoryOf(me, council, current).map(CouncilSignature.Signatory::name).orElse(null));
		HoldForm hold = model.getAttribute("holdForm") instanceof HoldForm h ? h : HoldForm.of(session);
		model.addAttribute("holdForm", hold);
		model.addAttribute("attendees", AttendanceLine.of(session.invited(), shown::get, hold));
		if (!model.containsAttribute("rescheduleForm")) {
			model.addAttribute("rescheduleForm", RescheduleForm.of(session));
		}
		if (!model.containsAttribute("cancelForm")) {
			model.addAttribute("cancelForm", CancelForm.of(session));
		}
		if (!model.containsAttribute("secretaryForm")) {
			model.addAttribute("secretaryForm", new SecretaryForm(null));
		}
		if (current != null && !(model.getAttribute("protocolForm") instanceof ProtocolForm typed
				&& typed.entries() != null && typed.entries().size() == current.entries().size())) {
			model.addAttribute("protocolForm", new ProtocolForm(current.version(), current.entries().stream()
					.map(e -> new EntryForm(e.considered(), e.proposals(), e.decision(), e.kind(), e.teacher(), e.document(),
							e.responsible(), e.dueOn(), e.votesFor(), e.votesAgainst(), e.abstained(), e.recommendedFor(),
							e.recommendedWhat()))
					.toList()));
		}
		return "council/session";
	}

	private static Set<StaffId> people(CouncilSession session, Council council, List<CouncilProtocol> protocols) {
		Set<StaffId> people = new HashSet<>(session.invited());
		people.addAll(council.members());
		council.secretary().ifPresent(people::add);
		for (CouncilProtocol p : protocols) {
			p.signatures().forEach(s -> people.add(s.staffId()));
			p.entries().forEach(e -> {
				people.add(e.teacher());
				people.add(e.responsible());
			});
		}
		people.remove(null);
		return people;
	}

	/** The session's number in its council's year, counting sessions not cancelled, by date. */
	private int number(CouncilSession session, Council council) {
		return management.numberOf(session, council);
	}
}
