package kg.usulduk.association.internal.web;

import kg.usulduk.association.ActivityId;
import kg.usulduk.association.AssociationId;
import kg.usulduk.association.ProtocolId;
import kg.usulduk.association.SessionId;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The association's ids in forms and links; an empty value (a "choose" option) is no id. */
@Configuration(proxyBeanMethods = false)
class AssociationWebConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, AssociationId.class, text -> text.isBlank() ? null : AssociationId.of(text.strip()));
		registry.addConverter(String.class, SessionId.class, text -> text.isBlank() ? null : SessionId.of(text.strip()));
		registry.addConverter(String.class, ProtocolId.class, text -> text.isBlank() ? null : ProtocolId.of(text.strip()));
		registry.addConverter(String.class, ActivityId.class, text -> text.isBlank() ? null : ActivityId.of(text.strip()));
	}
}
