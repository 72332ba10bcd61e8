package kg.usulduk.planning.internal;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
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

	private final MessageSource messages;
	private final String organizer;

	IcsEvents(MessageSource messages, @Value("${usulduk.mail.from:usulduk@localhost}") String organizer) {
		this.messages = messages;
		this.organizer = organizer;
	}

	/** A calendar of these entries, published as a feed. */
	String feed(List<CalendarEntry> entries, Locale locale) {
		Calendar calendar = calendar(locale);
		entries.forEach(entry -> calendar.add(event(entry, locale)));
		return calendar.toString();
	}

	/**
	 * One entry as an invitation to add (or, when cancelled, to remove) in the recipient's calendar app. It names the
	 * school's sender as ORGANIZER: calendar apps accept a later update or cancellation of the same UID only from the
	 * organizer of the event they keep. No ATTENDEE: iTIP's PUBLISH forbids it (RFC 5546 §3.2.1).
	 */
	String invitation(CalendarEntry entry, Locale locale) {
		Calendar calendar = calendar(locale);
		calendar.add(entry.isCancelled() ? new Method("CANCEL") : new Method("PUBLISH"));
		VEvent event = event(entry, locale);
		event.add(new Organizer(URI.create("mailto:" + organizer)));
		if (entry.isCancelled()) {
			event.add(new Status("CANCELLED"));
		}
		calendar.add(event);
		return calendar.toString();
	}

	private static Calendar calendar(Locale locale) {
		Calendar calendar = new Calendar();
		calendar.add(new ProdId("-//Usulduk//School calendar//" + locale.getLanguage().toUpperCase()));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(new CalScale(CalScale.VALUE_GREGORIAN));
		return calendar;
	}

	private VEvent event(CalendarEntry entry, Locale locale) {
		String summary = summary(entry, locale);
		// Times are the school's local times, written without a zone: the people of a school share its clock.
		// An entry over several days (a subject week, the council's readings) is a span of whole days.
		VEvent event = entry.time() == null || !entry.startsOn().equals(entry.endsOn())
				? new VEvent(entry.startsOn(), entry.endsOn().plusDays(1), summary)
				: new VEvent(entry.startsOn().atTime(entry.time()), SESSION_LENGTH, summary);
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
