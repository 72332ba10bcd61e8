package kg.usulduk.school.internal.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /language?lang=ru}: the language is switched by the interceptor on any page; this address exists
 * for links that have no page of their own to return to.
 */
@Controller
class LanguageController {

	@GetMapping("/language")
	String switched() {
		return "redirect:/";
	}
}
