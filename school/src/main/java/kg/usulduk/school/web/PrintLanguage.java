package kg.usulduk.school.web;

import java.util.Locale;

import kg.usulduk.school.SchoolProfile;

import org.springframework.web.servlet.i18n.CookieLocaleResolver;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A school's papers are printed in the school's language (its settings, Kyrgyz by default), not in the language
 * of whoever prints them: a protocol is one document whoever opens it.
 */
public final class PrintLanguage {

	private PrintLanguage() {
	}

	/**
	 * Renders this request's view in the school's document language (the page's own words and formats) without
	 * changing the reader's chosen language for their next page, and returns that locale for a PDF.
	 */
	public static Locale printIn(HttpServletRequest request, SchoolProfile school) {
		Locale locale = school.settings().documentLocale();
		// CookieLocaleResolver reads this attribute before the cookie, for this request only.
		request.setAttribute(CookieLocaleResolver.LOCALE_REQUEST_ATTRIBUTE_NAME, locale);
		return locale;
	}
}
