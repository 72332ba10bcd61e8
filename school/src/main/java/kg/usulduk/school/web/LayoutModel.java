package kg.usulduk.school.web;

import java.util.Comparator;
import java.util.List;

import kg.usulduk.school.Language;
import kg.usulduk.school.NavigationBadge;
import kg.usulduk.school.NavigationItem;
import kg.usulduk.school.SchoolUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import jakarta.servlet.http.HttpServletRequest;

/** What the layout shows on every page: the navigation the person may use, the languages, where we are. */
@ControllerAdvice
class LayoutModel {

	private final List<NavigationItem> navigation;
	private final List<NavigationBadge> badges;

	LayoutModel(List<NavigationItem> navigation, List<NavigationBadge> badges) {
		this.navigation = navigation.stream().sorted(Comparator.comparingInt(NavigationItem::order)).toList();
		this.badges = List.copyOf(badges);
	}

	/** The numbers beside navigation entries, by path; entries without one are absent. */
	@ModelAttribute("badges")
	java.util.Map<String, Integer> badges(@AuthenticationPrincipal SchoolUser user) {
		java.util.Map<String, Integer> counts = new java.util.HashMap<>();
		if (user != null) {
			for (NavigationBadge badge : badges) {
				int count = badge.count(user);
				if (count > 0) {
					counts.put(badge.path(), count);
				}
			}
		}
		return counts;
	}

	@ModelAttribute("navigation")
	List<NavigationItem> navigation(@AuthenticationPrincipal SchoolUser user) {
		return user == null ? List.of() : navigation.stream().filter(item -> item.visibleTo(user)).toList();
	}

	/** The navigation as the layout shows it: single entries and groups, for this person. */
	@ModelAttribute("menu")
	List<NavigationEntry> menu(@AuthenticationPrincipal SchoolUser user) {
		return NavigationEntry.arrange(navigation(user));
	}

	@ModelAttribute("me")
	SchoolUser me(@AuthenticationPrincipal SchoolUser user) {
		return user;
	}

	/** The deployment's administrator, who has no school and so only the districts in the navigation. */
	@ModelAttribute("operator")
	kg.usulduk.school.internal.DeploymentOperator operator(
			@AuthenticationPrincipal kg.usulduk.school.internal.DeploymentOperator operator) {
		return operator;
	}

	/**
	 * The same for a view made outside a controller's model (an exception handler's error page), so that an error
	 * keeps the navigation and the signed-in person.
	 */
	void addTo(org.springframework.web.servlet.ModelAndView page, HttpServletRequest request) {
		Object principal = principal();
		SchoolUser user = principal instanceof SchoolUser schoolUser ? schoolUser : null;
		page.addObject("badges", badges(user));
		page.addObject("navigation", navigation(user));
		page.addObject("menu", menu(user));
		page.addObject("me", user);
		page.addObject("operator", principal instanceof kg.usulduk.school.internal.DeploymentOperator operator ? operator : null);
		page.addObject("languages", languages());
		page.addObject("currentPath", currentPath(request));
	}

	private static Object principal() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? null : authentication.getPrincipal();
	}

	@ModelAttribute("languages")
	static List<Language> languages() {
		return List.of(Language.values());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
