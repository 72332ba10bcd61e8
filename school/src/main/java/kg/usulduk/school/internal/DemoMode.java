package kg.usulduk.school.internal;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Demo mode: {@code usulduk.demo.enabled=true}, or left at {@code auto} and no database configured (the
 * embedded PostgreSQL a newcomer starts with). A configured database never gets demo accounts by accident.
 */
class DemoMode implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String demo = context.getEnvironment().getProperty("usulduk.demo.enabled", "auto").strip();
		if (demo.equalsIgnoreCase("auto")) {
			return context.getEnvironment().getProperty("spring.datasource.url", "").isBlank();
		}
		return Boolean.parseBoolean(demo);
	}
}
