package kg.usulduk.school;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Dates as each language writes them, once for every page, print and notice: Kyrgyz "2-декабрь 2026" (the day, a
 * hyphen, the month's name in the nominative, the year), Russian "2 декабря 2026", English "2 December 2026".
 * <p>
 * Java's locale data (CLDR) has the month names of all three, but its long Kyrgyz date is "2026-ж., 2-декабрь" (year
 * first), which is not how a Kyrgyz school dates its papers; so the patterns are ours and the names CLDR's.
 */
public final class Dates {

	private Dates() {
	}

	/** "2-декабрь 2026", "2 декабря 2026", "2 December 2026". */
	public static String date(LocalDate day, Locale locale) {
		return day == null ? "" : DateTimeFormatter.ofPattern(kyrgyz(locale) ? "d-MMMM y" : "d MMMM y", locale).format(day);
	}

	/** "2-декабрь", "2 декабря", "2 December". */
	public static String dayMonth(LocalDate day, Locale locale) {
		return day == null ? "" : DateTimeFormatter.ofPattern(kyrgyz(locale) ? "d-MMMM" : "d MMMM", locale).format(day);
	}

	/** "2-декабрь 2026, 14:30". */
	public static String dateTime(LocalDateTime at, Locale locale) {
		return at == null ? "" : date(at.toLocalDate(), locale) + ", " + DateTimeFormatter.ofPattern("HH:mm").format(at);
	}

	/** An instant as the date and hour it was in a school's zone. */
	public static String dateTime(Instant at, ZoneId zone, Locale locale) {
		return at == null ? "" : dateTime(LocalDateTime.ofInstant(at, zone), locale);
	}

	/** A month as a heading or a picker names it: "Декабрь 2026", "Декабрь 2026", "December 2026". */
	public static String month(YearMonth month, Locale locale) {
		return month == null ? "" : monthName(month.getMonth(), locale) + " " + month.getYear();
	}

	/** The month's own name (the nominative, capitalised as a heading): "Декабрь", "Декабрь", "December". */
	public static String monthName(Month month, Locale locale) {
		String name = month.getDisplayName(TextStyle.FULL_STANDALONE, locale);
		return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
	}

	/** A weekday and the day for a calendar's row: "шр, 2-декабрь", "ср, 2 декабря", "Wed, 2 December". */
	public static String weekdayAndDay(LocalDate day, Locale locale) {
		return day == null ? "" : day.getDayOfWeek().getDisplayName(TextStyle.SHORT, locale) + ", " + dayMonth(day, locale);
	}

	/** The date of a zoned moment in its own zone. */
	public static String date(ZonedDateTime at, Locale locale) {
		return at == null ? "" : date(at.toLocalDate(), locale);
	}

	private static boolean kyrgyz(Locale locale) {
		return "ky".equals(locale.getLanguage());
	}
}
