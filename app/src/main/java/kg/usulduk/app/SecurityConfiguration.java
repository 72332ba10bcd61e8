package kg.usulduk.app;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import kg.usulduk.school.Role;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Who may reach which address. Each context's application services decide again, per record, what a person
 * may do: these rules are the outer wall, not the only one.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	/**
	 * Pages load only what Usulduk serves itself: no inline scripts or styles, no other origins, no framing.
	 */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
			+ "base-uri 'self'; object-src 'none'";

	private static final String[] WRITERS = { Role.ADMIN.name(), Role.DIRECTOR.name(), Role.DEPUTY.name(),
			Role.TEACHER.name() };

	/** Everyone who belongs to a school; the deployment's administrator does not, and reads no school. */
	private static final String[] SCHOOL_PEOPLE = { Role.ADMIN.name(), Role.DIRECTOR.name(), Role.DEPUTY.name(),
			Role.TEACHER.name(), Role.DISTRICT_OBSERVER.name() };

	@Bean
	SecurityFilterChain web(HttpSecurity http, MessageSource messages, LocaleResolver locales) throws Exception {
		RequestMatcher api = PathPatternRequestMatcher.withDefaults().matcher("/api/**");
		http.authorizeHttpRequests(requests -> requests
				.requestMatchers("/login", "/error", "/webjars/**", "/css/**", "/js/**", "/images/**", "/favicon.ico", "/favicon.svg",
						"/language")
				.permitAll()
				// Calendar apps read a person's feed without signing in: the secret in the link is the key.
				.requestMatchers(HttpMethod.GET, "/calendar/feed/*.ics").permitAll()
				.requestMatchers("/accounts/**").hasRole(Role.ADMIN.name())
				// Districts and who observes them: the deployment's administrator alone, never a school.
				.requestMatchers("/districts", "/districts/**").hasRole(Role.DEPLOYMENT_ADMIN.name())
				// The start page sends the deployment's administrator on to the districts.
				.requestMatchers(HttpMethod.GET, "/").authenticated()
				// A district observer reads and never writes, whatever a page or script may try.
				.requestMatchers(HttpMethod.POST, "/**").hasAnyRole(WRITERS)
				.requestMatchers(HttpMethod.PUT, "/**").hasAnyRole(WRITERS)
				.requestMatchers(HttpMethod.PATCH, "/**").hasAnyRole(WRITERS)
				.requestMatchers(HttpMethod.DELETE, "/**").hasAnyRole(WRITERS)
				.anyRequest().hasAnyRole(SCHOOL_PEOPLE))
			.formLogin(login -> login.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").deleteCookies("JSESSIONID", "SESSION"))
			.exceptionHandling(errors -> errors
				.defaultAuthenticationEntryPointFor((request, response, e) -> problem(request, response,
						HttpStatus.UNAUTHORIZED, messages, locales), api)
				.defaultAccessDeniedHandlerFor((request, response, e) -> problem(request, response,
						HttpStatus.FORBIDDEN, messages, locales), api)
				// Spring Security uses a lone default handler for every request, whatever its matcher:
				// pages need their own, which sends them to the translated error page.
				.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.frameOptions(frames -> frames.deny()));
		return http.build();
	}

	/** JSON clients get RFC 9457 problem details rather than a login page. */
	private static void problem(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			MessageSource messages, LocaleResolver locales) throws IOException {
		Locale locale = locales.resolveLocale(request);
		String title = messages.getMessage("error." + status.value(), null, status.getReasonPhrase(), locale);
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":"
				+ status.value() + ",\"instance\":\"" + json(request.getRequestURI()) + "\"}");
	}

	private static String json(String text) {
		return text.replace("\\", "\\\\").replace("\"", "\\\"");
	}
}
