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

	@ModelAttribute("languages")
	static List<Language> languages() {
		return List.of(Language.values());
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}
}
