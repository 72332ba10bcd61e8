package kg.usulduk.planning.internal.web;

import java.util.Set;
import java.util.UUID;

import kg.usulduk.planning.internal.Outbox;
import kg.usulduk.school.NavigationItem;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolTime;
import kg.usulduk.school.SchoolUser;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's list of mails that could not be sent, with "send again". */
@Controller
@RequestMapping("/mail/failed")
class OutboxController {

	private final Outbox outbox;
	private final SchoolTime schoolTime;

	OutboxController(Outbox outbox, SchoolTime schoolTime) {
		this.outbox = outbox;
		this.schoolTime = schoolTime;
	}

	@GetMapping
	String show(@AuthenticationPrincipal SchoolUser me, Model model) {
		model.addAttribute("mails", outbox.failed(me));
		// When a notice came, as the school's clock read.
		model.addAttribute("zone", schoolTime.zone(me.schoolId()));
		return "planning/failed-mail";
	}

	@PostMapping("/{id}/again")
	String sendAgain(@AuthenticationPrincipal SchoolUser me, @PathVariable UUID id, RedirectAttributes redirect) {
		if (outbox.sendAgain(me, id)) {
			redirect.addFlashAttribute("saved", "planning.mail.failed.queued");
		}
		return "redirect:/mail/failed";
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem failedMailNavigation() {
			return new NavigationItem("nav.failedMail", "/mail/failed", 90, Set.of(Role.ADMIN)).in(NavigationItem.SCHOOL);
		}
	}
}
