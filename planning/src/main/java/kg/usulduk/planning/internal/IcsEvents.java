package kg.usulduk.planning.internal;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kg.usulduk.school.SchoolTime;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.CalScale;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.Method;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Calendar entries as iCalendar text, for the feeds and for the entries attached to notices: a stable UID per
 * scheduled thing and a SEQUENCE that grows with each move, so calendar apps update rather than duplicate.
 */
@Component
class IcsEvents {

	/** How long an entry with a start time lasts in a calendar app: a session after lessons. */
	private static final Duration SESSION_LENGTH = Duration.ofMinutes(90);

	/** The zones' definitions, from the tz database ical4j bundles (no network). */
	private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

	private final MessageSource messages;
	private final String organizer;
	private final SchoolTime schoolTime;

	IcsEvents(MessageSource messages, @Value("${usulduk.mail.from:usulduk@localhost}") String organizer,
			SchoolTime schoolTime) {
		this.messages = messages;
		this.organizer = organizer;
		this.schoolTime = schoolTime;
	}

	/**
	 * A calendar of these entries of a school in its zone, published as a feed under the school's name (issue 13:
	 * calendar apps show X-WR-CALNAME as the subscribed calendar's name). ical4j writes it, folding long lines at 75
	 * octets as RFC 5545 §3.1 asks.
	 */
	String feed(List<CalendarEntry> entries, Locale locale, ZoneId zone, String school) {
		Calendar calendar = calendar(locale, zone);
		calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-CALNAME",
				messages.getMessage("app.name", null, "Usulduk", locale) + " · " + school));
		calendar.add(new net.fortuna.ical4j.model.property.XProperty("X-WR-TIMEZONE", zone.getId()));
		entries.forEach(entry -> calendar.add(event(entry, locale, zone)));
		return text(calendar);
	}

	/**
	 * One entry as an invitation to add (or, when cancelled, to remove) in the recipient's calendar app. It names the
	 * school's sender as ORGANIZER: calendar apps accept a later update or cancellation of the same UID only from the
	 * organizer of the event they keep. No ATTENDEE: iTIP's PUBLISH forbids it (RFC 5546 §3.2.1).
	 */
	String invitation(CalendarEntry entry, Locale locale) {
		ZoneId zone = schoolTime.zone(entry.schoolId());
		Calendar calendar = calendar(locale, zone);
		calendar.add(entry.isCancelled() ? new Method("CANCEL") : new Method("PUBLISH"));
		VEvent event = event(entry, locale, zone);
		event.add(new Organizer(URI.create("mailto:" + organizer)));
		if (entry.isCancelled()) {
			event.add(new Status("CANCELLED"));
		}
		calendar.add(event);
		return text(calendar);
	}

	/**
	 * The calendar as ical4j's outputter writes it: CRLF line ends, and lines longer than 75 octets folded as RFC 5545
	 * §3.1 asks (its toString does not fold; the VTIMEZONE's rules run longer).
	 */
	private static String text(Calendar calendar) {
		java.io.StringWriter out = new java.io.StringWriter();
		try {
			new net.fortuna.ical4j.data.CalendarOutputter(false).output(calendar, out);
		}
		catch (java.io.IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return out.toString();
	}

	private static Calendar calendar(Locale locale, ZoneId zone) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Usulduk//School calendar//" + locale.getLanguage().toUpperCase()));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		// RFC 5545 §3.6.5: every TZID an event names is defined in the calendar. ical4j's bundled tz database gives it.
		timeZone(zone).ifPresent(calendar::add);
		return calendar;
	}

	/** The school's zone as a VTIMEZONE, or none for UTC (its times are written as UTC) or a zone ical4j lacks. */
	private static Optional<VTimeZone> timeZone(ZoneId zone) {
		if (zone.normalized().equals(ZoneOffset.UTC)) {
			return Optional.empty();
		}
		return Optional.ofNullable(ZONES.getTimeZone(zone.getId())).map(TimeZone::getVTimeZone);
	}

	private VEvent event(CalendarEntry entry, Locale locale, ZoneId zone) {
		String summary = summary(entry, locale);
		// Issue 13: a time is the school's local time with its zone (TZID), so a calendar app in another zone, or a
		// server in UTC, shows the hour the school meant; in UTC, or a zone without a definition, as a UTC time.
		// An entry over several days (a subject week, the council's readings) is a span of whole days.
		VEvent event;
		if (entry.time() == null || !entry.startsOn().equals(entry.endsOn())) {
			event = new VEvent(entry.startsOn(), entry.endsOn().plusDays(1), summary);
		}
		else {
			ZonedDateTime start = entry.startsOn().atTime(entry.time()).atZone(zone);
			event = timeZone(zone).isPresent() ? new VEvent(start, SESSION_LENGTH, summary)
					: new VEvent(start.toInstant(), SESSION_LENGTH, summary);
		}
		event.add(new Uid(entry.source().name().toLowerCase() + "-" + entry.sourceId() + "@usulduk"));
		event.add(new Sequence(entry.sequence()));
		if (entry.place() != null) {
			event.add(new Location(entry.place()));
		}
		if (entry.detail() != null && !entry.detail().isBlank()) {
			event.add(new Description(entry.detail()));
		}
		return event;
	}

	/** The entry's name as a person reads it: its kind in their language, then its title. */
	String summary(CalendarEntry entry, Locale locale) {
		String kind = messages.getMessage("planning.kind." + entry.kind(), null, entry.kind(), locale);
		return entry.title() == null || entry.title().isBlank() ? kind : kind + ": " + entry.title();
	}
}
