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
}
