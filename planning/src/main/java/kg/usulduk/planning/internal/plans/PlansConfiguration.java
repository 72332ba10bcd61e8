package kg.usulduk.planning.internal.plans;

import java.util.Set;

import kg.usulduk.planning.WorkPlanId;
import kg.usulduk.school.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The work plans' entry in the navigation, and their ids in links and forms. */
@Configuration(proxyBeanMethods = false)
class PlansConfiguration implements WebMvcConfigurer {

	@Bean
	NavigationItem plansNavigation() {
		return new NavigationItem("nav.plans", "/plans", 40, Set.of()).in(NavigationItem.PLANS);
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, WorkPlanId.class, text -> text.isBlank() ? null : WorkPlanId.of(text.strip()));
	}
}
