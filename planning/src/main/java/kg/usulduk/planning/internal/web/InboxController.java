package kg.usulduk.planning.internal.web;

import java.util.Set;

import kg.usulduk.planning.internal.Inbox;
import kg.usulduk.school.NavigationItem;
import kg.usulduk.school.SchoolTime;
import kg.usulduk.school.SchoolUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The person's notices and their choice of channels. */
@Controller
@RequestMapping("/inbox")
class InboxController {

	private final Inbox inbox;
	private final SchoolTime schoolTime;

	InboxController(Inbox inbox, SchoolTime schoolTime) {
		this.inbox = inbox;
		this.schoolTime = schoolTime;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SchoolUser me, Model model) {
		model.addAttribute("notices", inbox.latest(me, 100));
		model.addAttribute("byEmail", inbox.wantsEmail(me));
		// When a notice came, as the school's clock read.
		model.addAttribute("zone", schoolTime.zone(me.schoolId()));
		return "planning/inbox";
	}

	@PostMapping("/read")
	String read(@AuthenticationPrincipal SchoolUser me) {
		inbox.markAllRead(me);
		return "redirect:/inbox";
	}

	@PostMapping("/{id}/read")
	String readOne(@AuthenticationPrincipal SchoolUser me, @org.springframework.web.bind.annotation.PathVariable
			java.util.UUID id) {
		// Only the person's own notice is marked; any other id changes nothing and, answered the same, tells nothing.
		inbox.markRead(me, id);
		return "redirect:/inbox";
	}

	@PostMapping("/settings")
	String settings(@AuthenticationPrincipal SchoolUser me, @RequestParam(defaultValue = "false") boolean byEmail,
			RedirectAttributes redirect) {
		inbox.chooseEmail(me, byEmail);
		redirect.addFlashAttribute("saved", "planning.inbox.settingsSaved");
		return "redirect:/inbox";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem inboxNavigation() {
			return new NavigationItem("nav.inbox", "/inbox", 5, Set.of());
		}
	}
}
