package kg.usulduk.planning.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import kg.usulduk.school.Language;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.SchoolTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendar as people read it: a school's month or week, each person's upcoming entries, and each person's
 * iCalendar feed behind a secret link that they can revoke.
 */
@Service
@Transactional
public class PersonalCalendar {

	private final CalendarReads entries;
	private final CalendarFeeds feeds;
	private final SchoolDirectory schools;
	private final StaffDirectory staff;
	private final IcsEvents ics;
	private final SchoolTime schoolTime;

	PersonalCalendar(CalendarReads entries, CalendarFeeds feeds, SchoolDirectory schools, StaffDirectory staff,
			IcsEvents ics, SchoolTime schoolTime) {
		this.entries = entries;
		this.feeds = feeds;
		this.schools = schools;
		this.staff = staff;
		this.ics = ics;
		this.schoolTime = schoolTime;
	}

	/** The school, if the person may read it; other schools are not found. */
	@Transactional(readOnly = true)
	public SchoolProfile readableSchool(SchoolUser actor, SchoolId school) {
		return schools.readableBy(actor, school);
	}

	/** The school's entries overlapping the days from {@code from} to {@code to}, of one association if given. */
	@Transactional(readOnly = true)
	public List<CalendarEntry> between(SchoolUser actor, SchoolId school, LocalDate from, LocalDate to,
			UUID association) {
		readableSchool(actor, school);
		return entries.overlapping(school, from, to).stream()
				.filter(e -> association == null || association.equals(e.associationId())).toList();
	}

	@Transactional(readOnly = true)
	public List<CalendarEntry> month(SchoolUser actor, SchoolId school, YearMonth month, UUID association) {
		return between(actor, school, month.atDay(1), month.atEndOfMonth(), association);
	}

	/** What concerns the person in the coming {@code days}, cancelled entries left out. */
	@Transactional(readOnly = true)
	public List<CalendarEntry> upcoming(SchoolUser actor, int days) {
		LocalDate today = schoolTime.today(actor.schoolId());
		return entries.concerning(actor.schoolId(), actor.staffId(), today, today.plusDays(days));
	}

	/** The person's feed, if they asked for one: looking at the feed page issues nothing. */
	@Transactional(readOnly = true)
	public Optional<CalendarFeed> existingFeed(SchoolUser actor) {
		return feeds.findById(actor.staffId());
	}

	/** The person's feed, issued when they ask for it (an explicit act, never a page view). */
	public CalendarFeed feedOf(SchoolUser actor) {
		if (actor.isReadOnly()) {
			throw new org.springframework.security.access.AccessDeniedException("A district observer issues nothing");
		}
		return feeds.findById(actor.staffId())
				.orElseGet(() -> feeds.save(CalendarFeed.issue(actor.schoolId(), actor.staffId(), schoolTime.instant())));
	}

	/** The old link stops working; the person gets a new one. */
	public CalendarFeed revokeFeed(SchoolUser actor) {
		CalendarFeed feed = feedOf(actor);
		feed.revoke(schoolTime.instant());
		return feeds.save(feed);
	}

	/**
	 * The iCalendar text of the feed with this secret, or empty for an unknown or revoked one: what concerns its
	 * person from two months back to a year ahead, in their language, cancelled entries left out so calendar apps
	 * drop them, each with a stable UID and a SEQUENCE that grows when it moves.
	 */
	@Transactional(readOnly = true)
	public Optional<String> feed(String token) {
		return feeds.findByToken(token).map(feed -> {
			Optional<StaffCard> card = staff.find(feed.schoolId(), feed.getId());
			Locale locale = Locale.forLanguageTag(card.map(StaffCard::language).orElse(Language.KY).name().toLowerCase());
			ZoneId zone = schoolTime.zone(feed.schoolId());
			LocalDate today = schoolTime.today(zone);
			String school = schools.find(feed.schoolId()).map(kg.usulduk.school.SchoolProfile::title).orElse("");
			return ics.feed(entries.concerning(feed.schoolId(), feed.getId(), today.minusMonths(2), today.plusYears(1)),
					locale, zone, school);
		});
	}

	/** The entry's name as a person reads it: its kind in their language, then its title. */
	public String summary(CalendarEntry entry, Locale locale) {
		return ics.summary(entry, locale);
	}
}
