package kg.usulduk.association.internal.documents.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.MemberDocumentId;
import kg.usulduk.association.MemberDocumentKind;
import kg.usulduk.association.SessionId;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.AssociationAccess;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.Protocol;
import kg.usulduk.association.internal.Protocols;
import kg.usulduk.association.internal.Session;
import kg.usulduk.association.internal.Sessions;
import kg.usulduk.association.internal.documents.ExamMaterials;
import kg.usulduk.association.internal.documents.MemberDocument;
import kg.usulduk.association.internal.documents.MemberDocumentListing;
import kg.usulduk.association.internal.documents.MemberDocumentManagement;
import kg.usulduk.association.internal.documents.PlanItem;
import kg.usulduk.association.internal.documents.PlanSection;
import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.web.FormErrors;
import kg.usulduk.school.web.PageActs;
import kg.usulduk.school.web.PrintLanguage;
import kg.usulduk.school.web.StaffNames;
import kg.usulduk.school.SchoolTime;

import org.springframework.data.domain.PageRequest;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Members' individual work plans and exam materials (001 §3.4–3.5): a teacher's list, an association's list of a
 * year, the form, the document's page with its approval, and its print view.
 */
@Controller
class MemberDocumentController {

	static final int PAGE_SIZE = 20;

	private final MemberDocumentManagement documents;
	private final MemberDocumentListing listing;
	private final AssociationManagement associations;
	private final AssociationAccess access;
	private final kg.usulduk.association.internal.Associations associationRepository;
	private final Sessions sessions;
	private final Protocols protocols;
	private final StaffNames names;
	private final SchoolTime schoolTime;
	private final kg.usulduk.school.papers.PaperPrinting printing;

	MemberDocumentController(MemberDocumentManagement documents, MemberDocumentListing listing,
			AssociationManagement associations, AssociationAccess access,
			kg.usulduk.association.internal.Associations associationRepository, Sessions sessions, Protocols protocols,
			StaffNames names, SchoolTime schoolTime, kg.usulduk.school.papers.PaperPrinting printing) {
		this.printing = printing;
		this.associationRepository = associationRepository;
		this.documents = documents;
		this.listing = listing;
		this.associations = associations;
		this.access = access;
		this.sessions = sessions;
		this.protocols = protocols;
		this.names = names;
		this.schoolTime = schoolTime;
	}

	/** The form of both kinds: a plan's sections, one item a line ("what; when"), or the exam materials' fields. */
	record DocumentForm(Integer version, @NotNull MemberDocumentKind kind, @NotNull Integer schoolYear,
			@NotBlank @Size(max = 300) String title, @Size(max = 20000) String growth,
			@Size(max = 20000) String associationWork, @Size(max = 20000) String selfAnalysis,
			@Size(max = 20000) String materials, @Size(max = 20000) String sharing,
			@Size(max = 20000) String youngTeachers, @Size(max = 20000) String conferences, ExamMaterials.Exam exam,
			@Size(max = 100) String subject, Integer grade, ExamMaterials.Form form, @Size(max = 20000) String content) {

		static DocumentForm of(MemberDocument d) {
			ExamMaterials e = d.exam();
			return new DocumentForm(d.version(), d.kind(), d.schoolYear().startYear(), d.title(),
					d.linesOf(PlanSection.PROFESSIONAL_GROWTH), d.linesOf(PlanSection.ASSOCIATION_WORK),
					d.linesOf(PlanSection.SELF_ANALYSIS), d.linesOf(PlanSection.MATERIALS),
					d.linesOf(PlanSection.SHARING_EXPERIENCE), d.linesOf(PlanSection.YOUNG_TEACHERS),
					d.linesOf(PlanSection.CONFERENCES), e == null ? null : e.exam(), e == null ? "" : e.subject(),
					e == null ? null : e.grade(), e == null ? null : e.form(), e == null ? "" : e.content());
		}

		static DocumentForm empty(MemberDocumentKind kind, SchoolYear year, String title) {
			return new DocumentForm(null, kind, year.startYear(), title, "", "", "", "", "", "", "",
					ExamMaterials.Exam.TRANSFER, "", null, ExamMaterials.Form.WRITTEN, "");
		}

		public String lines(PlanSection section) {
			return switch (section) {
				case PROFESSIONAL_GROWTH -> growth;
				case ASSOCIATION_WORK -> associationWork;
				case SELF_ANALYSIS -> selfAnalysis;
				case MATERIALS -> materials;
				case SHARING_EXPERIENCE -> sharing;
				case YOUNG_TEACHERS -> youngTeachers;
				case CONFERENCES -> conferences;
			};
		}

		List<PlanItem> items() {
			List<PlanItem> items = new ArrayList<>();
			for (PlanSection section : PlanSection.values()) {
				items.addAll(PlanItem.fromLines(section, lines(section)));
			}
			return items;
		}

		ExamMaterials examMaterials() {
			return new ExamMaterials(exam, subject, grade == null ? 0 : grade, form, content);
		}
	}

	record SessionForm(Integer version, SessionId session) {
	}

	record ReturnForm(Integer version, @NotBlank @Size(max = 500) String reason) {
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	/** A teacher's documents: one's own, or (for the deputies and the director) a colleague's. */
	@GetMapping("/associations/documents")
	String mine(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) StaffId author,
			@RequestParam(defaultValue = "0") int page, Model model) {
		StaffId shown = author == null ? me.staffId() : author;
		if (!shown.equals(me.staffId()) && !me.hasRole(Role.DEPUTY) && !me.hasRole(Role.DIRECTOR)) {
			throw new AccessDeniedException("A teacher's list of documents is theirs, the deputies' and the director's");
		}
		model.addAttribute("rows", listing.ofAuthor(me.schoolId(), shown, PageRequest.of(Math.max(0, page), PAGE_SIZE)));
		model.addAttribute("author", shown);
		model.addAttribute("own", shown.equals(me.staffId()));
		model.addAttribute("names", names.of(me.schoolId(), List.of(shown)));
		model.addAttribute("memberOf", associationRepository.findBySchoolIdOrderByName(me.schoolId()).stream()
				.filter(a -> a.isOpen() && a.isMember(me.staffId())).toList());
		return "association/documents-mine";
	}

	/** An association's documents of a school year. */
	@GetMapping("/associations/{id}/documents")
	String ofAssociation(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@RequestParam(required = false) Integer year, @RequestParam(defaultValue = "0") int page, Model model) {
		Association association = associations.find(me, id);
		if (!documents.readsAssociation(me, association)) {
			throw new AccessDeniedException("The association's documents are read by its members and the management");
		}
		SchoolYear shown = year(year, association);
		var rows = listing.ofAssociation(id, shown.startYear(), PageRequest.of(Math.max(0, page), PAGE_SIZE));
		model.addAttribute("association", association);
		model.addAttribute("year", shown);
		model.addAttribute("years", List.of(SchoolYear.of(today(association)).next(), SchoolYear.of(today(association)),
				SchoolYear.of(today(association)).previous(), SchoolYear.of(today(association)).previous().previous()));
		model.addAttribute("rows", rows);
		model.addAttribute("names", names.of(association.schoolId(),
				rows.getContent().stream().map(MemberDocumentListing.Row::author).toList()));
		model.addAttribute("isMember", association.isOpen() && association.isMember(me.staffId()));
		return "association/documents";
	}

	@GetMapping("/associations/{id}/documents/new")
	String create(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@RequestParam(required = false) MemberDocumentKind kind, Model model) {
		Association association = associations.find(me, id);
		requireMember(me, association);
		MemberDocumentKind shown = kind == null ? MemberDocumentKind.INDIVIDUAL_WORK_PLAN : kind;
		model.addAttribute("documentForm", DocumentForm.empty(shown, SchoolYear.of(today(association)), ""));
		return form(association, null, model);
	}

	@PostMapping("/associations/{id}/documents")
	String draft(@AuthenticationPrincipal SchoolUser me, @PathVariable AssociationId id,
			@Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Association association = associations.find(me, id);
		requireMember(me, association);
		if (!errors.hasErrors()) {
			try {
				SchoolYear year = yearOf(form.schoolYear());
				MemberDocument document = form.kind() == MemberDocumentKind.INDIVIDUAL_WORK_PLAN
						? documents.draftPlan(me, id, year, form.title(), form.items())
						: documents.draftExamMaterials(me, id, year, form.title(), form.examMaterials());
				redirect.addFlashAttribute("saved", "association.document.saved.draft");
				return "redirect:/associations/documents/" + document.getId();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		return form(association, null, model);
	}

	@GetMapping("/associations/documents/{id}")
	String show(@AuthenticationPrincipal SchoolUser me, @PathVariable MemberDocumentId id, Model model) {
		return page(me, documents.find(me, id), model);
	}

	@GetMapping("/associations/documents/{id}/edit")
	String edit(@AuthenticationPrincipal SchoolUser me, @PathVariable MemberDocumentId id, Model model) {
		MemberDocument document = documents.find(me, id);
		if (!document.author().equals(me.staffId())) {
			throw new AccessDeniedException("Only the author writes their document");
		}
		model.addAttribute("documentForm", DocumentForm.of(document));
		return form(associations.find(me, document.associationId()), document, model);
	}

	@PostMapping("/associations/documents/{id}")
	String write(@AuthenticationPrincipal SchoolUser me, @PathVariable MemberDocumentId id,
			@Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		MemberDocument document = documents.find(me, id);
		if (!errors.hasErrors()) {
			try {
				if (document.kind() == MemberDocumentKind.INDIVIDUAL_WORK_PLAN) {
					documents.writePlan(me, id, form.version(), form.title(), form.items());
				}
				else {
					documents.writeExamMaterials(me, id, form.version(), form.title(), form.examMaterials());
				}
				redirect.addFlashAttribute("saved", "association.document.saved.draft");
				return "redirect:/associations/documents/" + id;
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		return form(associations.find(me, document.associationId()), document, model);
	}

	@PostMapping("/associations/documents/{id}/submit")
	String submit(@AuthenticationPrincipal SchoolUser me, @PathVariable MemberDocumentId id,
			@RequestParam(required = false) Integer version, Model model, RedirectAttributes redirect) {
		return act(me, id, model, redirect, () -> documents.submit(me, id, version), "association.document.saved.submitted");
	}

	@PostMapping("/associations/documents/{id}/session")
	String putOnSession(@AuthenticationPrincipal SchoolUser me, @PathVariable MemberDocumentId id,
			@ModelAttribute("sessionForm") SessionForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (PageActs.done(errors, model, redirect, () -> documents.putOnSession(me, id, form.version(), form.session()),
				"association.document.saved.onSession")) {
			return "redirect:/associations/documents/" + id;
		}
		return page(me, documents.find(me, id), model);
	}

	@PostMapping("/associations/documents/{id}/return")
	String returnToAuthor(@AuthenticationPrincipal SchoolUser me, @PathVariable MemberDocumentId id,
			@Valid @ModelAttribute("returnForm") ReturnForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (PageActs.done(errors, model, redirect, () -> documents.returnToAuthor(me, id, form.version(), form.reason()),
				"association.document.saved.returned")) {
			return "redirect:/associations/documents/" + id;
		}
		return page(me, documents.find(me, id), model);
	}

	/** The author corrects an approved document: a new version, a draft, is started from it. */
	@PostMapping("/associations/documents/{id}/new-version")
	String newVersion(@AuthenticationPrincipal SchoolUser me, @PathVariable MemberDocumentId id,
			RedirectAttributes redirect) {
		try {
			MemberDocument next = documents.newVersion(me, id);
			redirect.addFlashAttribute("saved", "association.document.saved.newVersion");
			return "redirect:/associations/documents/" + next.getId();
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("refusal", violation);
			return "redirect:/associations/documents/" + id;
		}
	}

	/** The document as printed, in the school's language, with its approval as it was frozen. */
	@GetMapping("/associations/documents/{id}/print")
	String print(@AuthenticationPrincipal SchoolUser me, @PathVariable MemberDocumentId id, Model model,
			HttpServletRequest request) {
		SchoolProfile school = printModel(me, id, model);
		return printing.page(request, school, "association/document-print");
	}

	/** The same as a PDF, in the school's language: an approved version is what the association approved. */
	@GetMapping("/associations/documents/{id}/pdf")
	org.springframework.http.ResponseEntity<byte[]> pdf(@AuthenticationPrincipal SchoolUser me,
			@PathVariable MemberDocumentId id, Model model) {
		SchoolProfile school = printModel(me, id, model);
		MemberDocument document = (MemberDocument) model.getAttribute("document");
		return printing.download("association/document-print", model.asMap(), school,
				"document-" + document.schoolYear().startYear() + "-" + id.value().toString().substring(0, 8) + ".pdf");
	}

	private SchoolProfile printModel(SchoolUser me, MemberDocumentId id, Model model) {
		MemberDocument document = documents.find(me, id);
		Association association = associations.find(me, document.associationId());
		SchoolProfile school = access.readableSchool(me, document.schoolId());
		model.addAttribute("document", document);
		model.addAttribute("association", association);
		model.addAttribute("school", school);
		model.addAttribute("sections", PlanSection.values());
		model.addAttribute("names", names.of(document.schoolId(), List.of(document.author())));
		return school;
	}

	/** Does the act and goes back to the document; a refusal (a stale version too) is shown on its page at once. */
	private String act(SchoolUser me, MemberDocumentId id, Model model, RedirectAttributes redirect, Runnable act,
			String saved) {
		try {
			act.run();
			redirect.addFlashAttribute("saved", saved);
		}
		catch (RuntimeException failure) {
			RuleViolation violation = failure instanceof RuleViolation refused ? refused
					: kg.usulduk.school.web.Conflicts.refusalFor(failure);
			if (violation == null) {
				throw failure;
			}
			model.addAttribute("refusal", violation);
			return page(me, documents.find(me, id), model);
		}
		return "redirect:/associations/documents/" + id;
	}

	private String page(SchoolUser me, MemberDocument document, Model model) {
		Association association = associations.find(me, document.associationId());
		boolean author = document.author().equals(me.staffId()) && me.schoolId().equals(document.schoolId());
		boolean leads = access.leads(me, association) && association.isOpen();
		model.addAttribute("document", document);
		model.addAttribute("association", association);
		model.addAttribute("sections", PlanSection.values());
		model.addAttribute("names", names.of(document.schoolId(), List.of(document.author())));
		model.addAttribute("isAuthor", author);
		model.addAttribute("leads", leads);
		model.addAttribute("correction", documents.correctionOf(document.getId()).orElse(null));
		model.addAttribute("onSession", document.approval().session() == null ? null
				: sessions.findById(document.approval().session()).orElse(null));
		model.addAttribute("sessions", leads && document.approval().isSubmitted() ? openSessions(association) : List.of());
		if (!model.containsAttribute("sessionForm")) {
			model.addAttribute("sessionForm", new SessionForm(document.version(), document.approval().session()));
		}
		if (!model.containsAttribute("returnForm")) {
			model.addAttribute("returnForm", new ReturnForm(document.version(), ""));
		}
		return "association/document";
	}

	/** The association's sessions that may still approve a document: to come, or held with the protocol unsigned. */
	private List<MemberDocumentListing.OpenSession> openSessions(Association association) {
		LocalDate today = today(association);
		return listing.openSessions(association.getId(), SchoolYear.of(today).previous().start(),
				SchoolYear.of(today).next().end());
	}

	private String form(Association association, MemberDocument document, Model model) {
		if (model.getAttribute("documentForm") == null) {
			// A submission no form could bind (hostile or broken): show the document as it is, or an empty plan.
			model.addAttribute("documentForm", document != null ? DocumentForm.of(document)
					: DocumentForm.empty(MemberDocumentKind.INDIVIDUAL_WORK_PLAN, SchoolYear.of(today(association)), ""));
		}
		model.addAttribute("association", association);
		model.addAttribute("document", document);
		model.addAttribute("sections", PlanSection.values());
		model.addAttribute("exams", ExamMaterials.Exam.values());
		model.addAttribute("forms", ExamMaterials.Form.values());
		model.addAttribute("years", List.of(SchoolYear.of(today(association)), SchoolYear.of(today(association)).next()));
		return "association/document-form";
	}

	private static void requireMember(SchoolUser me, Association association) {
		if (!association.isOpen() || !association.isMember(me.staffId())
				|| !association.schoolId().equals(me.schoolId())) {
			throw new AccessDeniedException("A member of the open association writes their documents");
		}
	}

	private SchoolYear year(Integer year, Association association) {
		if (year == null || year < 2000 || year > 2200) {
			return SchoolYear.of(today(association));
		}
		return new SchoolYear(year);
	}

	private static SchoolYear yearOf(Integer year) {
		if (year == null || year < 2000 || year > 2200) {
			throw RuleViolation.onField("schoolYear", "association.document.yearOutOfRange");
		}
		return new SchoolYear(year);
	}

	/** The day it is at the association's school. */
	private LocalDate today(Association association) {
		return schoolTime.today(association.schoolId());
	}

}
