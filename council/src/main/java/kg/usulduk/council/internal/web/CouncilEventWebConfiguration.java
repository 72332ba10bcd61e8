package kg.usulduk.council.internal.web;

import kg.usulduk.council.CouncilEventId;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The council events' ids in forms and links (an empty value is no id). */
@Configuration(proxyBeanMethods = false)
class CouncilEventWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, CouncilEventId.class,
				text -> text.isBlank() ? null : CouncilEventId.of(text.strip()));
	}
}
