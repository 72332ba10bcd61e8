package kg.usulduk.school.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import kg.usulduk.school.Education;
import kg.usulduk.school.Language;
import kg.usulduk.school.QualificationCategory;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;

/**
 * What the directory records of a person. The checks here are the ones no form may skip; a form checks
 * formats first so the person sees all their mistakes at once.
 *
 * @param teachingSince the first day of teaching; {@code null} for staff who do not teach
 */
public record StaffProfile(
		String fullName,
		String position,
		List<String> subjects,
		Education education,
		QualificationCategory category,
		LocalDate teachingSince,
		String email,
		Language language) implements ValueObject {

	static final int MAX_NAME = 200;
	static final int MAX_POSITION = 100;
	static final int MAX_SUBJECT = 100;
	static final int MAX_SUBJECTS = 12;
	static final int MAX_EMAIL = 254;
	// Enough to catch typing slips; whether the address exists is for the mail server to say.
	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	public StaffProfile {
		fullName = TypedText.required("fullName", fullName, MAX_NAME);
		position = TypedText.required("position", position, MAX_POSITION);
		subjects = subjects == null ? List.of()
				: subjects.stream().map(subject -> TypedText.optional("subjects", subject, MAX_SUBJECT))
						.filter(Objects::nonNull).distinct().toList();
		if (subjects.size() > MAX_SUBJECTS) {
			throw RuleViolation.onField("subjects", "school.staff.subjects.tooMany", MAX_SUBJECTS);
		}
		education = education == null ? Education.HIGHER : education;
		category = category == null ? QualificationCategory.NONE : category;
		email = TypedText.required("email", email, MAX_EMAIL).toLowerCase(Locale.ROOT);
		if (!EMAIL.matcher(email).matches()) {
			throw RuleViolation.onField("email", "validation.email");
		}
		language = language == null ? Language.DEFAULT : language;
	}

	/** Teaching cannot have started in the future, nor before the person could have studied for it. */
	StaffProfile checkedOn(LocalDate today) {
		if (teachingSince != null && (teachingSince.isAfter(today) || teachingSince.isBefore(today.minusYears(70)))) {
			throw RuleViolation.onField("teachingSince", "school.staff.teachingSince.range");
		}
		return this;
	}
}
