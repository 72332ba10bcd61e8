package kg.usulduk.school.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.school.Education;
import kg.usulduk.school.Language;
import kg.usulduk.school.QualificationCategory;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffChanged;
import kg.usulduk.school.StaffJoined;
import kg.usulduk.school.StaffLeft;

import org.junit.jupiter.api.Test;

class StaffMemberTests {

	static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

	static StaffProfile profile(String email) {
		return new StaffProfile("Жумабаев Нурлан", "Математика мугалими", List.of("Математика", " Алгебра ", "Математика"),
				Education.HIGHER, QualificationCategory.FIRST, LocalDate.of(2014, 9, 1), email, Language.KY);
	}

	@Test
	void aPersonWhoJoinsIsAnnouncedToTheOtherContexts() {
		StaffMember member = StaffMember.join(SchoolId.random(), profile("Nurlan@School.kg"), TODAY);

		assertThat(member.pendingEvents()).singleElement().isInstanceOfSatisfying(StaffJoined.class, joined -> {
			assertThat(joined.staff()).isEqualTo(member.getId());
			assertThat(joined.email()).isEqualTo("nurlan@school.kg");
		});
		assertThat(member.profile().subjects()).containsExactly("Математика", "Алгебра");
	}

	@Test
	void experienceIsDerivedFromTheFirstDayOfTeaching() {
		StaffMember member = StaffMember.join(SchoolId.random(), profile("a@school.kg"), TODAY);

		assertThat(member.card().yearsOfExperience(TODAY)).isEqualTo(12);
	}

	@Test
	void teachingCannotStartInTheFuture() {
		StaffProfile future = new StaffProfile("Name", "Teacher", List.of(), null, null, TODAY.plusDays(1), "a@b.kg", null);

		assertThatThrownBy(() -> StaffMember.join(SchoolId.random(), future, TODAY))
				.isInstanceOf(RuleViolation.class)
				.satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("teachingSince"));
	}

	@Test
	void aBlankNameOrAMalformedEmailIsRefusedOnItsField() {
		assertThatThrownBy(() -> new StaffProfile(" ", "Teacher", List.of(), null, null, null, "a@b.kg", null))
				.satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("fullName"));
		assertThatThrownBy(() -> new StaffProfile("Name", "Teacher", List.of(), null, null, null, "not-an-email", null))
				.satisfies(e -> assertThat(((RuleViolation) e).field()).isEqualTo("email"));
		assertThatThrownBy(() -> new StaffProfile("N".repeat(201), "Teacher", List.of(), null, null, null, "a@b.kg", null))
				.satisfies(e -> assertThat(((RuleViolation) e).code()).isEqualTo("validation.tooLong"));
	}

	@Test
	void anUnchangedProfileChangesNothingAndAnnouncesNothing() {
		StaffMember member = StaffMember.join(SchoolId.random(), profile("a@school.kg"), TODAY);
		member.forgetPendingEvents();

		member.updateProfile(profile("a@school.kg"), TODAY);

		assertThat(member.pendingEvents()).isEmpty();
	}

	@Test
	void aChangedProfileIsAnnounced() {
		StaffMember member = StaffMember.join(SchoolId.random(), profile("a@school.kg"), TODAY);
		member.forgetPendingEvents();

		member.updateProfile(profile("new@school.kg"), TODAY);

		assertThat(member.pendingEvents()).singleElement().isInstanceOf(StaffChanged.class);
	}

	@Test
	void aPersonLeavesOnceAndTheRecordStays() {
		StaffMember member = StaffMember.join(SchoolId.random(), profile("a@school.kg"), TODAY);
		member.leave(TODAY);

		assertThat(member.isActive()).isFalse();
		assertThat(member.pendingEvents()).last().isInstanceOf(StaffLeft.class);
		assertThatThrownBy(() -> member.leave(TODAY)).isInstanceOf(RuleViolation.class);
	}
}
