package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import kg.usulduk.school.Education;
import kg.usulduk.school.QualificationCategory;
import kg.usulduk.school.StaffCard;

import org.jmolecules.ddd.types.ValueObject;

/**
 * 001 §6.9: the data bank of an association's teachers, their number and quality (education, qualification
 * category, years of experience). Derived from the staff directory on the day asked, never typed twice.
 *
 * @param experience counts by band of whole years: below the school's young-teacher years, up to 10, 10–19, 20
 *                   and more
 */
public record DataBank(int members, Map<Education, Integer> education, Map<QualificationCategory, Integer> categories,
		Map<ExperienceBand, Integer> experience) implements ValueObject {

	public enum ExperienceBand {
		YOUNG, UP_TO_10, UP_TO_20, OVER_20
	}

	public static DataBank of(Collection<StaffCard> members, int youngTeacherYears, LocalDate today) {
		Map<Education, Integer> education = new EnumMap<>(Education.class);
		Map<QualificationCategory, Integer> categories = new EnumMap<>(QualificationCategory.class);
		Map<ExperienceBand, Integer> experience = new LinkedHashMap<>();
		for (ExperienceBand band : ExperienceBand.values()) {
			experience.put(band, 0);
		}
		for (StaffCard card : members) {
			education.merge(card.education(), 1, Integer::sum);
			categories.merge(card.category(), 1, Integer::sum);
			if (card.teachingSince() != null) { // staff who do not teach have no teaching experience to count
				experience.merge(band(card.yearsOfExperience(today), youngTeacherYears), 1, Integer::sum);
			}
		}
		return new DataBank(members.size(), education, categories, experience);
	}

	private static ExperienceBand band(int years, int youngTeacherYears) {
		if (years < youngTeacherYears) {
			return ExperienceBand.YOUNG;
		}
		if (years < 10) {
			return ExperienceBand.UP_TO_10;
		}
		return years < 20 ? ExperienceBand.UP_TO_20 : ExperienceBand.OVER_20;
	}
}
