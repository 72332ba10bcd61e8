package kg.usulduk.mentorship.internal.web;

import java.util.Set;

import kg.usulduk.mentorship.MentorOrderId;
import kg.usulduk.mentorship.MentorshipId;
import kg.usulduk.school.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The mentorship's entry in the navigation, beside the associations, and its ids in forms and links. */
@Configuration(proxyBeanMethods = false)
class MentorshipPages implements WebMvcConfigurer {

	@Bean
	NavigationItem mentorshipNavigation() {
		return new NavigationItem("nav.mentorship", "/mentorship", 28, Set.of()).in(NavigationItem.ASSOCIATIONS);
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, MentorshipId.class, text -> text.isBlank() ? null : MentorshipId.of(text.strip()));
		registry.addConverter(String.class, MentorOrderId.class, text -> text.isBlank() ? null : MentorOrderId.of(text.strip()));
	}
}
