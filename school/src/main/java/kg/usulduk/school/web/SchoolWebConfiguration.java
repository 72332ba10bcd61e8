package kg.usulduk.school.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.TreeSet;

import kg.usulduk.school.Language;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Three languages for every page. Each context keeps its own bundle, {@code messages/<context>_<lang>.properties};
 * all of them are found on the class path, so a new context's bundle needs no registration. The chosen
 * language is remembered in a cookie for a year; Kyrgyz is the default.
 */
@Configuration(proxyBeanMethods = false)
public class SchoolWebConfiguration implements WebMvcConfigurer {

	/** The cookie that remembers the chosen language. */
	public static final String LANGUAGE_COOKIE = "usulduk-lang";
	/** The request parameter that switches language on any page. */
	public static final String LANGUAGE_PARAMETER = "lang";

	/** The bundles' base names found on the class path, e.g. {@code classpath:messages/school}. */
	public static List<String> bundleBaseNames() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
					.getResources("classpath*:messages/*_*.properties");
			return Arrays.stream(resources)
					.map(Resource::getFilename)
					.filter(Objects::nonNull)
					.map(name -> "classpath:messages/" + name.substring(0, name.indexOf('_')))
					.collect(java.util.stream.Collectors.toCollection(TreeSet::new))
					.stream().toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
		messages.setBasenames(bundleBaseNames().toArray(String[]::new));
		messages.setDefaultEncoding(StandardCharsets.UTF_8.name());
		messages.setFallbackToSystemLocale(false);
		messages.setDefaultLocale(Language.DEFAULT.locale());
		return messages;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE);
		resolver.setDefaultLocale(Language.DEFAULT.locale());
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Lax");
		// Kyrgyz until the person chooses: the browser's language is not asked, since many Kyrgyz speakers'
		// browsers are set to Russian or English.
		resolver.setDefaultLocaleFunction(request -> Language.DEFAULT.locale());
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor change = new LocaleChangeInterceptor() {
			@Override
			public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response, Object handler) throws jakarta.servlet.ServletException {
				String wanted = request.getParameter(LANGUAGE_PARAMETER);
				// Only the three languages: anything else is ignored rather than stored.
				if (wanted != null && Arrays.stream(Language.values()).noneMatch(l -> l.name().equalsIgnoreCase(wanted))) {
					return true;
				}
				return super.preHandle(request, response, handler);
			}
		};
		change.setParamName(LANGUAGE_PARAMETER);
		change.setIgnoreInvalidLocale(true);
		registry.addInterceptor(change);
	}

	/** The locales offered by the switcher, in its order. */
	public static List<Locale> supportedLocales() {
		return Arrays.stream(Language.values()).map(Language::locale).toList();
	}

	/**
	 * Ids in forms and links: an empty value (a select's "choose" option) is no id rather than a conversion error,
	 * so a required one is reported on its field by validation.
	 */
	@Override
	public void addFormatters(org.springframework.format.FormatterRegistry registry) {
		registry.addConverter(String.class, kg.usulduk.school.StaffId.class,
				text -> text.isBlank() ? null : kg.usulduk.school.StaffId.of(text.strip()));
		registry.addConverter(String.class, kg.usulduk.school.SchoolId.class,
				text -> text.isBlank() ? null : kg.usulduk.school.SchoolId.of(text.strip()));
	}
}
