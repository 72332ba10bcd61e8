package kg.usulduk.school.internal.web;

import java.util.Set;

import kg.usulduk.school.NavigationItem;
import kg.usulduk.school.Role;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The school context's entries in the main navigation. */
@Configuration(proxyBeanMethods = false)
class SchoolPages {

	@Bean
	NavigationItem staffNavigation() {
		return new NavigationItem("nav.staff", "/staff", 80, Set.of()).in(NavigationItem.SCHOOL);
	}

	/** The rules of the regulations for the school's year: everyone reads how the school stands. */
	@Bean
	NavigationItem complianceNavigation() {
		return new NavigationItem("nav.compliance", "/compliance", 85, Set.of()).in(NavigationItem.SCHOOL);
	}

	@Bean
	NavigationItem settingsNavigation() {
		return new NavigationItem("nav.settings", "/school/settings", 90, Set.of(Role.ADMIN, Role.DIRECTOR)).in(NavigationItem.SCHOOL);
	}

	@Bean
	NavigationItem accountsNavigation() {
		return new NavigationItem("nav.accounts", "/accounts", 95, Set.of(Role.ADMIN)).in(NavigationItem.SCHOOL);
	}
}
