package kg.usulduk.school;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.types.ValueObject;

/**
 * The numbers the regulations leave to each school. Where the regulations disagree, the number is a setting
 * with the default DOMAIN.md gives.
 *
 * @param minimumAssociationSessions sessions each methodical association holds a school year at least
 * @param youngTeacherYears          below this many years of experience, a teacher is a young teacher
 * @param yearsBeforeArchive         years an association's documents stay at school before the archive
 * @param reminderLeadDays           how many days before a session its reminders go out, longest first
 * @param councilQuorumPercent       share of council members that must attend for a decision, in percent;
 *                                   a decision needs strictly more than this share
 * @param councilMajority            of whom a council decision needs a majority: the members present, or the
 *                                   votes cast
 * @param documentLanguage           the language the school's papers (protocols, plans, orders) are printed in,
 *                                   whoever prints them
 * @param timeZone                   the zone the school's days and hours are read in: its "today", what has passed,
 *                                   the times papers are signed at, reminders and the calendar feed
 */
public record SchoolSettings(
		int minimumAssociationSessions,
		int youngTeacherYears,
		int yearsBeforeArchive,
		List<Integer> reminderLeadDays,
		int councilQuorumPercent,
		CouncilMajority councilMajority,
		Language documentLanguage,
		ZoneId timeZone) implements ValueObject {

	// 001 §5.5: at least four sessions a year; 004 shows a school keeping seven (monthly).
	public static final int DEFAULT_MINIMUM_ASSOCIATION_SESSIONS = 4;
	// DOMAIN.md, mentorship: a young teacher has below three years of experience.
	public static final int DEFAULT_YOUNG_TEACHER_YEARS = 3;
	// 001 §5.8: documents are kept at school for three years, then handed to the archive.
	public static final int DEFAULT_YEARS_BEFORE_ARCHIVE = 3;
	public static final List<Integer> DEFAULT_REMINDER_LEAD_DAYS = List.of(3, 1);
	// Issue 4: quorum is more than half of the members by default.
	public static final int DEFAULT_COUNCIL_QUORUM_PERCENT = 50;

	// Issue 11: a decision passes by a majority of the members present unless the school counts votes cast.
	public static final CouncilMajority DEFAULT_COUNCIL_MAJORITY = CouncilMajority.OF_PRESENT;

	// Issue 11: papers are printed in the school's language, Kyrgyz unless the school says otherwise.
	public static final Language DEFAULT_DOCUMENT_LANGUAGE = Language.KY;

	// Issue 13: Kyrgyzstan keeps one zone; a school elsewhere chooses its own.
	public static final ZoneId DEFAULT_TIME_ZONE = ZoneId.of("Asia/Bishkek");

	/**
	 * The zones a school may choose: Kyrgyzstan's and its neighbours', and UTC. A short list a person can choose from
	 * rather than the 600 of the tz database; a zone is added here when a school needs it.
	 */
	public static final List<ZoneId> TIME_ZONES = List.of(DEFAULT_TIME_ZONE, ZoneId.of("Asia/Almaty"),
			ZoneId.of("Asia/Tashkent"), ZoneId.of("Asia/Dushanbe"), ZoneId.of("Europe/Moscow"), ZoneId.of("UTC"));

	public static final SchoolSettings DEFAULTS = new SchoolSettings(DEFAULT_MINIMUM_ASSOCIATION_SESSIONS,
			DEFAULT_YOUNG_TEACHER_YEARS, DEFAULT_YEARS_BEFORE_ARCHIVE, DEFAULT_REMINDER_LEAD_DAYS,
			DEFAULT_COUNCIL_QUORUM_PERCENT, DEFAULT_COUNCIL_MAJORITY, DEFAULT_DOCUMENT_LANGUAGE, DEFAULT_TIME_ZONE);

	/** The settings in the default time zone. */
	public SchoolSettings(int minimumAssociationSessions, int youngTeacherYears, int yearsBeforeArchive,
			List<Integer> reminderLeadDays, int councilQuorumPercent, CouncilMajority councilMajority,
			Language documentLanguage) {
		this(minimumAssociationSessions, youngTeacherYears, yearsBeforeArchive, reminderLeadDays, councilQuorumPercent,
				councilMajority, documentLanguage, DEFAULT_TIME_ZONE);
	}

	/** The settings with the default council majority and document language. */
	public SchoolSettings(int minimumAssociationSessions, int youngTeacherYears, int yearsBeforeArchive,
			List<Integer> reminderLeadDays, int councilQuorumPercent, CouncilMajority councilMajority) {
		this(minimumAssociationSessions, youngTeacherYears, yearsBeforeArchive, reminderLeadDays, councilQuorumPercent,
				councilMajority, DEFAULT_DOCUMENT_LANGUAGE, DEFAULT_TIME_ZONE);
	}

	/** The settings with the default council majority (of the members present). */
	public SchoolSettings(int minimumAssociationSessions, int youngTeacherYears, int yearsBeforeArchive,
			List<Integer> reminderLeadDays, int councilQuorumPercent) {
		this(minimumAssociationSessions, youngTeacherYears, yearsBeforeArchive, reminderLeadDays, councilQuorumPercent,
				DEFAULT_COUNCIL_MAJORITY, DEFAULT_DOCUMENT_LANGUAGE, DEFAULT_TIME_ZONE);
	}

	public SchoolSettings {
		Objects.requireNonNull(reminderLeadDays, "reminder lead days");
		// Issue 13: every field out of range is refused at once, so the form shows them all.
		java.util.List<RuleViolation> refused = new java.util.ArrayList<>();
		// 001 §5.5 sets the floor; a school may ask more, but not more sessions than weeks of study.
		if (minimumAssociationSessions < DEFAULT_MINIMUM_ASSOCIATION_SESSIONS || minimumAssociationSessions > 36) {
			refused.add(RuleViolation.onField("minimumAssociationSessions",
					"school.settings.minimumAssociationSessions.range", DEFAULT_MINIMUM_ASSOCIATION_SESSIONS, 36));
		}
		if (youngTeacherYears < 1 || youngTeacherYears > 10) {
			refused.add(RuleViolation.onField("youngTeacherYears", "school.settings.youngTeacherYears.range", 1, 10));
		}
		// 001 §5.8: three years at school is the rule; a school may keep them longer, never shorter.
		if (yearsBeforeArchive < DEFAULT_YEARS_BEFORE_ARCHIVE || yearsBeforeArchive > 25) {
			refused.add(RuleViolation.onField("yearsBeforeArchive", "school.settings.yearsBeforeArchive.range",
					DEFAULT_YEARS_BEFORE_ARCHIVE, 25));
		}
		if (reminderLeadDays.isEmpty() || reminderLeadDays.size() > 5
				|| reminderLeadDays.stream().anyMatch(days -> days == null || days < 0 || days > 60)) {
			refused.add(RuleViolation.onField("reminderLeadDays", "school.settings.reminderLeadDays.range", 0, 60));
		}
		if (councilQuorumPercent < 50 || councilQuorumPercent > 99) {
			refused.add(RuleViolation.onField("councilQuorumPercent", "school.settings.councilQuorumPercent.range", 50,
					99));
		}
		timeZone = timeZone == null ? DEFAULT_TIME_ZONE : timeZone;
		if (!TIME_ZONES.contains(timeZone)) {
			refused.add(RuleViolation.onField("timeZone", "school.settings.timeZone.unknown"));
		}
		if (!refused.isEmpty()) {
			throw RuleViolation.all(refused);
		}
		reminderLeadDays = reminderLeadDays.stream().distinct().sorted((a, b) -> b - a).toList();
		councilMajority = councilMajority == null ? DEFAULT_COUNCIL_MAJORITY : councilMajority;
		documentLanguage = documentLanguage == null ? DEFAULT_DOCUMENT_LANGUAGE : documentLanguage;
	}

	/**
	 * The zone a form names, as the school may choose it; anything else (no zone, a zone not on the list) is refused
	 * on the form's field.
	 */
	public static ZoneId timeZone(String id) {
		return TIME_ZONES.stream().filter(zone -> zone.getId().equals(id == null ? "" : id.strip())).findFirst()
				.orElseThrow(() -> RuleViolation.onField("timeZone", "school.settings.timeZone.unknown"));
	}

	/** The locale the school's papers are printed in. */
	public java.util.Locale documentLocale() {
		return documentLanguage.locale();
	}

	/** Whether a teacher with this many whole years of experience counts as a young teacher. */
	public boolean isYoungTeacher(int yearsOfExperience) {
		return yearsOfExperience < youngTeacherYears;
	}
}
