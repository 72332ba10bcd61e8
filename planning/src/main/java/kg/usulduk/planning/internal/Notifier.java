package kg.usulduk.planning.internal;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import kg.usulduk.school.Dates;
import kg.usulduk.school.Language;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.SchoolTime;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Tells the people an entry concerns that it was scheduled, moved or cancelled, or that it comes soon: a notice
 * in their inbox always, and an email when the school has a mail server and the person has not turned email off.
 * Every notice is one delivery record per channel under a unique key, so whatever replays it (a republished event,
 * a restart, a second instance of the reminder job) adds nothing.
 */
@Component
class Notifier {

	enum Notice {
		SCHEDULED, MOVED, CANCELLED, REMINDER, TASK_DUE, TASK_OVERDUE,
		// Issue 13: every approval step tells the next person and the author.
		PLAN_AGREED, PLAN_APPROVED, PLAN_RETURNED, THEMATIC_APPROVED, DOCUMENT_SUBMITTED, DOCUMENT_RETURNED,
		DOCUMENT_APPROVED,
		// Issue 14: the steps of a mentorship tell the person who acts next (at most 20 letters: the column's width).
		MENTOR_PROPOSED, MENTOR_ASSIGNED, MENTOR_PLAN_APPROVED, MENTORSHIP_ENDED
	}

	enum Channel {
		INBOX, EMAIL
	}

	private final JdbcClient jdbc;
	private final StaffDirectory staff;
	private final IcsEvents ics;
	private final MessageSource messages;
	private final ObjectProvider<JavaMailSender> mail;
	private final SchoolTime schoolTime;

	Notifier(JdbcClient jdbc, StaffDirectory staff, IcsEvents ics, MessageSource messages,
			ObjectProvider<JavaMailSender> mail, SchoolTime schoolTime) {
		this.jdbc = jdbc;
		this.staff = staff;
		this.ics = ics;
		this.messages = messages;
		this.mail = mail;
		this.schoolTime = schoolTime;
	}

	/** Notices of a change: only for what has not passed yet; past things concern nobody's plans. */
	void changed(CalendarEntry entry, Notice notice) {
		if (entry.endsOn().isBefore(schoolTime.today(entry.schoolId()))) {
			return;
		}
		String discriminator = switch (notice) {
			case SCHEDULED -> "0";
			case MOVED -> "moved-" + entry.sequence();
			case CANCELLED -> "cancelled";
			case REMINDER, TASK_DUE, TASK_OVERDUE, PLAN_AGREED, PLAN_APPROVED, PLAN_RETURNED, THEMATIC_APPROVED,
					DOCUMENT_SUBMITTED, DOCUMENT_RETURNED, DOCUMENT_APPROVED, MENTOR_PROPOSED, MENTOR_ASSIGNED,
					MENTOR_PLAN_APPROVED, MENTORSHIP_ENDED ->
				throw new IllegalArgumentException(notice + " is not a change");
		};
		deliver(entry, notice, discriminator, 0);
	}

	/** A reminder {@code daysLeft} days before the entry, once per date the entry starts on and lead. */
	void remind(CalendarEntry entry, int lead, int daysLeft) {
		remind(entry, lead, daysLeft, person -> true);
	}

	/** The same, only to the people {@code pending} names (the others have it already). */
	void remind(CalendarEntry entry, int lead, int daysLeft, java.util.function.Predicate<StaffId> pending) {
		deliver(entry, Notice.REMINDER, reminderDiscriminator(entry, lead), daysLeft, pending);
	}

	/** The key under which this person's reminder of the entry at this lead is delivered once. */
	static String reminderKey(CalendarEntry entry, int lead, StaffId person) {
		return key(Notice.REMINDER, entry, reminderDiscriminator(entry, lead), person);
	}

	private static String reminderDiscriminator(CalendarEntry entry, int lead) {
		return "reminder-" + entry.startsOn() + "-" + lead;
	}

	private static String key(Notice notice, CalendarEntry entry, String discriminator, StaffId person) {
		return notice + ":" + entry.source() + ":" + entry.sourceId() + ":" + discriminator + ":" + person;
	}

	/** Which of these keys were delivered to an inbox already: one statement for a whole run of the reminder job. */
	java.util.Set<String> delivered(java.util.Collection<String> keys) {
		if (keys.isEmpty()) {
			return java.util.Set.of();
		}
		return java.util.Set.copyOf(jdbc.sql("""
				select notice_key from planning.deliveries where channel = 'INBOX' and notice_key = any(:keys)
				""").param("keys", keys.toArray(String[]::new)).query(String.class).list());
	}

	private void deliver(CalendarEntry entry, Notice notice, String discriminator, int daysLeft) {
		deliver(entry, notice, discriminator, daysLeft, person -> true);
	}

	private void deliver(CalendarEntry entry, Notice notice, String discriminator, int daysLeft,
			java.util.function.Predicate<StaffId> pending) {
		boolean mailConfigured = mail.getIfAvailable() != null;
		for (StaffId person : entry.people()) {
			if (!pending.test(person)) {
				continue;
			}
			StaffCard card = staff.find(entry.schoolId(), person).filter(StaffCard::active).orElse(null);
			if (card == null) {
				continue;
			}
			Language language = card.language() == null ? Language.KY : card.language();
			Locale locale = Locale.forLanguageTag(language.name().toLowerCase());
			String summary = ics.summary(entry, locale);
			// With a default: a missing translation must never stop the calendar from taking the entry.
			String subject = messages.getMessage("planning.notice." + notice + ".subject",
					new Object[] { summary, Dates.date(entry.startsOn(), locale), daysLeft }, summary, locale);
			String body = messages.getMessage("planning.notice." + notice + ".body",
					new Object[] { summary, Dates.date(entry.startsOn(), locale),
							entry.time() == null ? "" : entry.time().toString(),
							entry.place() == null ? "" : entry.place(), daysLeft },
					summary, locale);
			String key = key(notice, entry, discriminator, person);
			insert(entry.schoolId(), entry.getId().value(), person, Channel.INBOX, key, notice, subject, body, null,
					language, null, entry.link());
			if (mailConfigured && card.email() != null && wantsEmail(person)) {
				// The invitation is written now, from the entry as this notice describes it: a mail sent later
				// (after an outage, a restart) must not carry a newer state than its own text.
				insert(entry.schoolId(), entry.getId().value(), person, Channel.EMAIL, key, notice, subject, body,
						card.email(), language, ics.invitation(entry, locale), entry.link());
			}
		}
	}

	/**
	 * Tells the person responsible for a council task that it is due soon or overdue: once per task, due date and
	 * notice, in the inbox and by mail.
	 */
	void task(SchoolId school, UUID task, String text, StaffId responsible, LocalDate dueOn, Notice notice) {
		if (notice != Notice.TASK_DUE && notice != Notice.TASK_OVERDUE) {
			throw new IllegalArgumentException(notice + " is not about a task");
		}
		StaffCard card = staff.find(school, responsible).filter(StaffCard::active).orElse(null);
		if (card == null) {
			return;
		}
		Language language = card.language() == null ? Language.KY : card.language();
		Locale locale = Locale.forLanguageTag(language.name().toLowerCase());
		Object[] arguments = { text, Dates.date(dueOn, locale) };
		String subject = messages.getMessage("planning.notice." + notice + ".subject", arguments, text, locale);
		String body = messages.getMessage("planning.notice." + notice + ".body", arguments, text, locale);
		String key = notice + ":COUNCIL_TASK:" + task + ":" + dueOn + ":" + responsible;
		insert(school, null, responsible, Channel.INBOX, key, notice, subject, body, null, language, null, null);
		if (mail.getIfAvailable() != null && card.email() != null && wantsEmail(responsible)) {
			insert(school, null, responsible, Channel.EMAIL, key, notice, subject, body, card.email(), language, null,
					null);
		}
	}

	/**
	 * Tells people of a step in an approval — a plan agreed, approved or returned: each active one in their language,
	 * in the inbox and by mail, linking to the thing itself; never the one who took the step (nobody is told of what
	 * they did), and once per step whatever replays it (the key names the step).
	 */
	void approval(SchoolId school, Notice notice, String step, String link, StaffId actor,
			java.util.Collection<StaffId> recipients, Object... arguments) {
		boolean mailConfigured = mail.getIfAvailable() != null;
		for (StaffId person : new java.util.LinkedHashSet<>(recipients)) {
			if (person == null || person.equals(actor)) {
				continue;
			}
			StaffCard card = staff.find(school, person).filter(StaffCard::active).orElse(null);
			if (card == null) {
				continue;
			}
			Language language = card.language() == null ? Language.KY : card.language();
			Locale locale = Locale.forLanguageTag(language.name().toLowerCase());
			// A day is written as the reader's language writes it ("2-декабрь 2026"), not as ISO.
			Object[] said = java.util.Arrays.stream(arguments)
					.map(argument -> argument instanceof java.time.LocalDate day ? Dates.date(day, locale) : argument)
					.toArray();
			String subject = messages.getMessage("planning.notice." + notice + ".subject", said, notice.name(),
					locale);
			String body = messages.getMessage("planning.notice." + notice + ".body", said, subject, locale);
			String key = notice + ":" + step + ":" + person;
			insert(school, null, person, Channel.INBOX, key, notice, subject, body, null, language, null, link);
			if (mailConfigured && card.email() != null && wantsEmail(person)) {
				insert(school, null, person, Channel.EMAIL, key, notice, subject, body, card.email(), language, null,
						link);
			}
		}
	}

	private boolean wantsEmail(StaffId person) {
		return jdbc.sql("select by_email from planning.notification_settings where staff_id = :staff")
				.param("staff", person.value()).query(Boolean.class).optional().orElse(true);
	}

	private void insert(SchoolId school, UUID entry, StaffId person, Channel channel, String key, Notice notice,
			String subject, String body, String email, Language language, String attachment, String link) {
		jdbc.sql("""
				insert into planning.deliveries (id, school_id, staff_id, channel, notice_key, entry_id, notice, subject,
				    body, email, language, created_at, attachment, link)
				values (:id, :school, :staff, :channel, :key, :entry, :notice, :subject, :body, :email, :language, :now,
				    :attachment, :link)
				on conflict (notice_key, channel) do nothing
				""").param("link", link)
				.param("id", UUID.randomUUID()).param("school", school.value()).param("staff", person.value())
				.param("channel", channel.name()).param("key", key).param("entry", entry).param("attachment", attachment)
				.param("notice", notice.name()).param("subject", subject).param("body", body)
				.param("email", email).param("language", language.name())
				.param("now", java.sql.Timestamp.from(schoolTime.instant()))
				.update();
	}
}
