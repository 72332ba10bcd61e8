package kg.usulduk.council.internal.web;

import java.util.Set;

import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilProtocolId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.CouncilTaskId;
import kg.usulduk.school.NavigationItem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The council's entry in the navigation, and its ids in forms and links (an empty value is no id). */
@Configuration(proxyBeanMethods = false)
class CouncilWebConfiguration implements WebMvcConfigurer {

	@Bean
	NavigationItem councilNavigation() {
		return new NavigationItem("nav.council", "/council", 30, Set.of()).in(NavigationItem.COUNCILS);
	}

	@Bean
	NavigationItem pedagogicalCouncilNavigation() {
		return new NavigationItem("nav.pedagogicalCouncil", "/council/pedagogical", 31, Set.of())
			.in(NavigationItem.COUNCILS);
	}

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, CouncilId.class, text -> text.isBlank() ? null : CouncilId.of(text.strip()));
		registry.addConverter(String.class, CouncilSessionId.class, text -> text.isBlank() ? null : CouncilSessionId.of(text.strip()));
		registry.addConverter(String.class, CouncilProtocolId.class, text -> text.isBlank() ? null : CouncilProtocolId.of(text.strip()));
		registry.addConverter(String.class, kg.usulduk.council.ProposedQuestionId.class,
				text -> text.isBlank() ? null : kg.usulduk.council.ProposedQuestionId.of(text.strip()));
		registry.addConverter(String.class, CouncilTaskId.class, text -> text.isBlank() ? null : CouncilTaskId.of(text.strip()));
	}
}
