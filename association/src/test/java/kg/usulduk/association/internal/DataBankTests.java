package kg.usulduk.association.internal;

import static kg.usulduk.association.internal.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.association.internal.DataBank.ExperienceBand;
import kg.usulduk.school.Education;
import kg.usulduk.school.Language;
import kg.usulduk.school.QualificationCategory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DataBankTests {

	static final SchoolId SCHOOL = SchoolId.random();
	static final int YOUNG_TEACHER_YEARS = SchoolSettings.DEFAULTS.youngTeacherYears();

	@Test
	void theDataBankCountsMembersByEducationCategoryAndExperience() {
		List<StaffCard> members = List.of(
				teacher(Education.HIGHER, QualificationCategory.FIRST, yearsAgo(2)),
				teacher(Education.HIGHER, QualificationCategory.HIGHEST, yearsAgo(25)),
				teacher(Education.SECONDARY_VOCATIONAL, QualificationCategory.NONE, yearsAgo(5)),
				teacher(Education.HIGHER, QualificationCategory.FIRST, yearsAgo(12)));

		// 001 §6.9: the number and quality of the association's teachers.
		DataBank bank = DataBank.of(members, YOUNG_TEACHER_YEARS, TODAY);

		assertThat(bank.members()).isEqualTo(4);
		assertThat(bank.education()).containsOnly(entry(Education.HIGHER, 3), entry(Education.SECONDARY_VOCATIONAL, 1));
		assertThat(bank.categories()).containsOnly(entry(QualificationCategory.FIRST, 2),
				entry(QualificationCategory.HIGHEST, 1), entry(QualificationCategory.NONE, 1));
		assertThat(bank.experience()).containsExactly(entry(ExperienceBand.YOUNG, 1), entry(ExperienceBand.UP_TO_10, 1),
				entry(ExperienceBand.UP_TO_20, 1), entry(ExperienceBand.OVER_20, 1));
	}

	@Test
	void anEmptyAssociationHasEveryExperienceBandAtZero() {
		DataBank bank = DataBank.of(List.of(), YOUNG_TEACHER_YEARS, TODAY);

		assertThat(bank.members()).isZero();
		assertThat(bank.education()).isEmpty();
		assertThat(bank.experience()).containsOnlyKeys(ExperienceBand.values()).allSatisfy(
				(band, count) -> assertThat(count).isZero());
	}

	@ParameterizedTest(name = "{0} years with young below {1}: {2}")
	@CsvSource({
			"2, 3, YOUNG",
			"3, 3, UP_TO_10",
			"4, 3, UP_TO_10",
			"4, 5, YOUNG",
			"9, 5, UP_TO_10",
			"9, 10, YOUNG",
			"10, 3, UP_TO_20",
			"19, 3, UP_TO_20",
			"20, 3, OVER_20",
	})
	void theYoungBandUsesTheSchoolsYoungTeacherYears(int years, int youngTeacherYears, ExperienceBand band) {
		// DOMAIN.md, mentorship: a young teacher has below a school-set number of years (default 3).
		DataBank bank = DataBank.of(List.of(teacher(Education.HIGHER, QualificationCategory.NONE, yearsAgo(years))),
				youngTeacherYears, TODAY);

		assertThat(bank.experience()).containsEntry(band, 1);
		assertThat(bank.experience().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
	}

	@Test
	void experienceIsCountedOnTheDayAsked() {
		StaffCard teacher = teacher(Education.HIGHER, QualificationCategory.NONE, TODAY.minusYears(3).plusDays(1));

		DataBank today = DataBank.of(List.of(teacher), YOUNG_TEACHER_YEARS, TODAY);
		DataBank tomorrow = DataBank.of(List.of(teacher), YOUNG_TEACHER_YEARS, TODAY.plusDays(1));

		assertThat(today.experience()).containsEntry(ExperienceBand.YOUNG, 1);
		assertThat(tomorrow.experience()).containsEntry(ExperienceBand.YOUNG, 0).containsEntry(ExperienceBand.UP_TO_10, 1);
	}

	private static LocalDate yearsAgo(int years) {
		return TODAY.minusYears(years);
	}

	private static StaffCard teacher(Education education, QualificationCategory category, LocalDate teachingSince) {
		return new StaffCard(StaffId.random(), SCHOOL, "Мугалим", "Мугалим", List.of("Математика"), education, category,
				teachingSince, "teacher@school.kg", Language.KY, true);
	}
}
