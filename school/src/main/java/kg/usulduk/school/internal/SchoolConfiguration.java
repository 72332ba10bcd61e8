package kg.usulduk.school.internal;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class SchoolConfiguration {

	/** The one clock every context reads "today" from; a test may register its own to move time. */
	@Bean
	@org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean(Clock.class)
	Clock clock() {
		return Clock.systemDefaultZone();
	}

	/**
	 * Hashes are stored with their algorithm's id ({@code {bcrypt}...}), so a stronger algorithm can take over
	 * later without locking anyone out.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}
}
