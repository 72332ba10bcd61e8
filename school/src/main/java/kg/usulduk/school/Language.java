package kg.usulduk.school;

import java.util.Locale;

/** The languages Usulduk speaks. Kyrgyz first: the regulations and most schools use it. */
public enum Language {

	KY, RU, EN;

	public static final Language DEFAULT = KY;

	public Locale locale() {
		return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
	}

	/** The language of a locale, or the default when Usulduk does not speak it. */
	public static Language of(Locale locale) {
		if (locale == null) {
			return DEFAULT;
		}
		for (Language language : values()) {
			if (language.locale().getLanguage().equals(locale.getLanguage())) {
				return language;
			}
		}
		return DEFAULT;
	}
}
