package kg.usulduk.school.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Set;

import kg.usulduk.school.Dates;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #when} in every template: dates in the page's language as {@link Dates} writes them, so no template spells a
 * pattern of its own. {@code ${#when.date(d)}} "2-декабрь 2026", {@code #when.dayMonth(d)}, {@code #when.month(m)}
 * "Декабрь 2026" (a month heading or picker), {@code #when.monthName(m)}, {@code #when.weekdayAndDay(d)},
 * {@code #when.dateTime(t)} for a local or zoned time and {@code #when.dateTime(instant, zone)} for an instant, read in
 * the school's zone the page gives; {@code #when.schoolYearMonths(m)} the months a month picker offers, by name.
 */
@Component
class DatesDialect extends AbstractDialect implements IExpressionObjectDialect {

	private static final String NAME = "when";

	DatesDialect() {
		super("usulduk-dates");
	}

	@Override
	public IExpressionObjectFactory getExpressionObjectFactory() {
		return new IExpressionObjectFactory() {
			@Override
			public Set<String> getAllExpressionObjectNames() {
				return Set.of(NAME);
			}

			@Override
			public Object buildObject(IExpressionContext context, String name) {
				return NAME.equals(name) ? new When(context.getLocale()) : null;
			}

			@Override
			public boolean isCacheable(String name) {
				return false;
			}
		};
	}

	/** The dates of one page, in its locale. Public: templates call it. */
	public static final class When {

		private final Locale locale;

		When(Locale locale) {
			this.locale = locale;
		}

		public String date(LocalDate day) {
			return Dates.date(day, locale);
		}

		public String date(ZonedDateTime at) {
			return Dates.date(at, locale);
		}

		public String dayMonth(LocalDate day) {
			return Dates.dayMonth(day, locale);
		}

		public String weekdayAndDay(LocalDate day) {
			return Dates.weekdayAndDay(day, locale);
		}

		public String dateTime(LocalDateTime at) {
			return Dates.dateTime(at, locale);
		}

		public String dateTime(ZonedDateTime at) {
			return at == null ? "" : Dates.dateTime(at.toLocalDateTime(), locale);
		}

		public String dateTime(Instant at, ZoneId zone) {
			return Dates.dateTime(at, zone, locale);
		}

		public String month(YearMonth month) {
			return Dates.month(month, locale);
		}

		public String month(LocalDate day) {
			return day == null ? "" : Dates.month(YearMonth.from(day), locale);
		}

		public String monthName(Month month) {
			return Dates.monthName(month, locale);
		}

		public String monthName(int month) {
			return Dates.monthName(Month.of(month), locale);
		}

		/** The months of the school year a month falls in, September to August: a month picker's choices. */
		public java.util.List<YearMonth> schoolYearMonths(YearMonth month) {
			return schoolYearMonths(kg.usulduk.school.SchoolYear.of(month.atDay(1)));
		}

		public java.util.List<YearMonth> schoolYearMonths(kg.usulduk.school.SchoolYear year) {
			YearMonth first = YearMonth.from(year.start());
			return java.util.stream.IntStream.range(0, 12).mapToObj(first::plusMonths).toList();
		}
	}
}
