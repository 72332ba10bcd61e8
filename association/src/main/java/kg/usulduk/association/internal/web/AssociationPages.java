package kg.usulduk.association.internal.web;

import java.util.Set;

import kg.usulduk.school.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class AssociationPages {

	@Bean
	NavigationItem associationsNavigation() {
		return new NavigationItem("nav.associations", "/associations", 20, Set.of()).in(NavigationItem.ASSOCIATIONS);
	}

	@Bean
	NavigationItem scheduleNavigation() {
		return new NavigationItem("nav.associationSchedule", "/activities", 25, Set.of()).in(NavigationItem.ASSOCIATIONS);
	}

	/** A teacher's individual work plans and exam materials (001 §3.4–3.5), and the ones they approve. */
	@Bean
	NavigationItem documentsNavigation() {
		return new NavigationItem("nav.memberDocuments", "/associations/documents", 27, Set.of())
			.in(NavigationItem.ASSOCIATIONS);
	}
}
