package kg.usulduk.mentorship.internal.web;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import kg.usulduk.mentorship.MentorOrderId;
import kg.usulduk.mentorship.MentorshipId;
import kg.usulduk.mentorship.internal.MentorOrder;
import kg.usulduk.mentorship.internal.MentorshipManagement;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolTime;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.papers.PaperPrinting;
import kg.usulduk.school.web.FormErrors;
import kg.usulduk.school.web.StaffNames;

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

/**
 * The director's order on mentors (plan IV.1.A): the form that issues it for the pairs whose mentor accepted, and its
 * print view and PDF, from what the order froze when it was issued, in the school's document language.
 */
@Controller
@RequestMapping("/mentorship/orders")
class MentorOrderController {

	private final MentorshipManagement management;
	private final StaffDirectory staff;
	private final StaffNames names;
	private final SchoolDirectory schools;
	private final SchoolTime schoolTime;
	private final PaperPrinting printing;

	MentorOrderController(MentorshipManagement management, StaffDirectory staff, StaffNames names,
			SchoolDirectory schools, SchoolTime schoolTime, PaperPrinting printing) {
		this.management = management;
		this.staff = staff;
		this.names = names;
		this.schools = schools;
		this.schoolTime = schoolTime;
		this.printing = printing;
	}

	/** What the director types, and the accepted pairs the order assigns. */
	record OrderForm(@Size(max = 30) String number, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@Size(max = 2000) String basis, @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termStart,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate termEnd, StaffId controlledBy,
			@Size(max = 200) List<MentorshipId> pairs) {
	}

	@InitBinder
	void allowedFields(WebDataBinder binder) {
		binder.setDisallowedFields("id");
	}

	@GetMapping("/new")
	String create(@AuthenticationPrincipal SchoolUser me, Model model) {
		var accepted = management.accepted(me);
		LocalDate today = schoolTime.today(me.schoolId());
		var year = kg.usulduk.school.SchoolYear.of(today);
		model.addAttribute("orderForm", new OrderForm("", today, "", year.start(), year.end(), null,
				accepted.stream().map(p -> p.id()).toList()));
		return form(me, accepted, model);
	}

	@PostMapping
	String issue(@AuthenticationPrincipal SchoolUser me, @Valid @ModelAttribute("orderForm") OrderForm form,
			BindingResult errors, Model model, RedirectAttributes redirect) {
		var accepted = management.accepted(me);
		if (!errors.hasErrors()) {
			try {
				MentorOrder order = management.assign(me, new MentorOrder.Heading(form.number(), form.date(),
						form.basis(), form.termStart(), form.termEnd(), form.controlledBy(), null), form.pairs());
				redirect.addFlashAttribute("saved", "mentorship.saved.order");
				return "redirect:/mentorship/orders/" + order.getId();
			}
			catch (RuleViolation violation) {
				FormErrors.reject(errors, violation);
			}
		}
		model.addAttribute("formFailed", true);
		return form(me, accepted, model);
	}

	private String form(SchoolUser me, List<kg.usulduk.mentorship.internal.MentorshipBoard.PairLine> accepted,
			Model model) {
		model.addAttribute("accepted", accepted);
		model.addAttribute("deputies", staff.activeStaffWithRole(me.schoolId(), Role.DEPUTY));
		model.addAttribute("names", names.of(me.schoolId(), List.of()));
		return "mentorship/order-form";
	}

	@GetMapping("/{id}")
	String print(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorOrderId id, Model model,
			HttpServletRequest request) {
		printModel(management.order(me, id), model.asMap());
		return printing.page(request, (SchoolProfile) model.getAttribute("school"), "mentorship/order-print");
	}

	@GetMapping("/{id}/pdf")
	ResponseEntity<byte[]> download(@AuthenticationPrincipal SchoolUser me, @PathVariable MentorOrderId id) {
		MentorOrder order = management.order(me, id);
		Map<String, Object> model = new HashMap<>();
		printModel(order, model);
		return printing.download("mentorship/order-print", model, (SchoolProfile) model.get("school"),
				OrderDocuments.fileName(order));
	}

	private void printModel(MentorOrder order, Map<String, Object> model) {
		model.put("order", order);
		model.put("paper", order.frozen());
		model.put("school", schools.find(order.schoolId()).orElseThrow());
	}
}
