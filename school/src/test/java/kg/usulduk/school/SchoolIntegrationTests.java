package kg.usulduk.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.school.internal.SchoolAdministration;
import kg.usulduk.school.internal.StaffListing;
import kg.usulduk.school.internal.StaffManagement;
import kg.usulduk.school.internal.StaffMember;
import kg.usulduk.school.internal.StaffProfile;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/** The school context on a real PostgreSQL. */
@ApplicationModuleTest
class SchoolIntegrationTests {

	@Autowired TestSchools testSchools;
	@Autowired StaffManagement staff;
	@Autowired StaffListing listing;
	@Autowired SchoolAdministration administration;
	@Autowired SchoolDirectory schools;
	@Autowired StaffDirectory directory;

	static StaffProfile profile(String name, String email) {
		return new StaffProfile(name, "Тарых мугалими", List.of("Тарых"), Education.HIGHER, QualificationCategory.SECOND,
				LocalDate.of(2020, 9, 1), email, Language.RU);
	}

	@Test
	void aJoiningTeacherIsStoredAndAnnouncedThroughTheEventRegistry(Scenario scenario) {
		TestSchool school = testSchools.register();

		scenario.stimulate(() -> staff.join(school.director(), profile("Каримов Эрлан", "erlan@school.kg")))
				.andWaitForEventOfType(StaffJoined.class)
				.matching(joined -> joined.school().equals(school.id()) && joined.email().equals("erlan@school.kg"))
				.toArriveAndVerify(joined -> {
					assertThat(joined.fullName()).isEqualTo("Каримов Эрлан");
					assertThat(directory.find(school.id(), joined.staff())).get()
							.satisfies(card -> assertThat(card.subjects()).containsExactly("Тарых"));
				});
	}

	@Test
	void aSecondPersonWithTheSameEmailIsRefusedAndNothingIsSaved() {
		TestSchool school = testSchools.register();
		staff.join(school.director(), profile("Первый", "same@school.kg"));
		int before = directory.activeStaff(school.id()).size();

		assertThatThrownBy(() -> staff.join(school.director(), profile("Второй", "SAME@school.kg")))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("school.staff.email.taken"));
		assertThat(directory.activeStaff(school.id())).hasSize(before);
	}

	@Test
	void theSameEmailMayBeUsedInAnotherSchool() {
		staff.join(testSchools.register().director(), profile("Первый", "shared@school.kg"));
		TestSchool other = testSchools.register();

		assertThat(staff.join(other.director(), profile("Второй", "shared@school.kg")).getId()).isNotNull();
	}

	@Test
	void anEditBasedOnAnOldVersionIsRefusedRatherThanOverwritingTheOtherChange() {
		TestSchool school = testSchools.register();
		StaffMember member = staff.join(school.director(), profile("Осмонов Бакыт", "bakyt@school.kg"));
		Integer shown = member.version();
		staff.update(school.director(), member.getId(), shown, profile("Осмонов Бакыт Асанович", "bakyt@school.kg"));

		assertThatThrownBy(() -> staff.update(school.director(), member.getId(), shown, profile("Осмонов Б.", "bakyt@school.kg")))
				.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(directory.find(school.id(), member.getId())).get()
				.extracting(StaffCard::fullName).isEqualTo("Осмонов Бакыт Асанович");
	}

	@Test
	void aTeacherCannotKeepTheStaffDirectory() {
		TestSchool school = testSchools.register();

		assertThatThrownBy(() -> staff.join(school.teacher(), profile("Кто-то", "x@school.kg")))
				.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void oneSchoolsUserCannotReadAnotherSchoolsStaff() {
		TestSchool mine = testSchools.register();
		TestSchool theirs = testSchools.register();
		StaffMember stranger = staff.join(theirs.director(), profile("Чужой", "stranger@school.kg"));

		assertThatThrownBy(() -> staff.find(mine.director(), theirs.id(), stranger.getId())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> staff.find(mine.director(), mine.id(), stranger.getId())).isInstanceOf(NotFound.class);
		assertThatThrownBy(() -> administration.school(mine.director(), theirs.id())).isInstanceOf(NotFound.class);
	}

	@Test
	void aDistrictObserverReadsTheSchoolsOfTheirDistrictOnly() {
		TestSchool observed = testSchools.register("Ысык-Көл району");
		TestSchool neighbour = testSchools.register("Ысык-Көл району");
		TestSchool elsewhere = testSchools.register("Ош шаары");

		assertThat(administration.school(observed.observer(), neighbour.id()).getId()).isEqualTo(neighbour.id());
		assertThat(administration.readableSchools(observed.observer())).extracting(s -> s.getId())
				.contains(observed.id(), neighbour.id()).doesNotContain(elsewhere.id());
		assertThatThrownBy(() -> administration.school(observed.observer(), elsewhere.id())).isInstanceOf(NotFound.class);
	}

	@Test
	void theStaffListSearchesByNameSubjectAndEmailAndPages() {
		TestSchool school = testSchools.register();
		for (int i = 0; i < 25; i++) {
			testSchools.addTeacher(school.id(), "Мугалим " + (100 + i), LocalDate.of(2010, 9, 1));
		}

		var first = listing.find(school.id(), "Мугалим", StaffListing.Status.ACTIVE, PageRequest.of(0, 20));
		var second = listing.find(school.id(), "Мугалим", StaffListing.Status.ACTIVE, PageRequest.of(1, 20));

		assertThat(first.getTotalElements()).isEqualTo(25);
		assertThat(first.getContent()).hasSize(20);
		assertThat(second.getContent()).hasSize(5);
		assertThat(listing.find(school.id(), "тарых", StaffListing.Status.ACTIVE, PageRequest.of(0, 50)).getTotalElements())
				.isEqualTo(25);
		assertThat(listing.find(school.id(), "100%", StaffListing.Status.ALL, PageRequest.of(0, 50)).getTotalElements())
				.isZero();
	}

	@Test
	void quartersSetByTheSchoolReplaceTheDefaultsForThatYearOnly() {
		TestSchool school = testSchools.register();
		SchoolYear year = new SchoolYear(2026);
		List<Quarter> own = List.of(
				new Quarter(year, 1, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 11, 1)),
				new Quarter(year, 2, LocalDate.of(2026, 11, 10), LocalDate.of(2026, 12, 27)),
				new Quarter(year, 3, LocalDate.of(2027, 1, 13), LocalDate.of(2027, 3, 19)),
				new Quarter(year, 4, LocalDate.of(2027, 4, 1), LocalDate.of(2027, 5, 25)));

		administration.setQuarters(school.director(), null, year, own);

		assertThat(schools.quarters(school.id(), year)).isEqualTo(own);
		assertThat(schools.quarters(school.id(), year.next())).isEqualTo(Quarter.defaultsFor(year.next()));
		assertThat(schools.quarterOf(school.id(), LocalDate.of(2026, 11, 5))).isEmpty();
		assertThat(schools.quarterOf(school.id(), LocalDate.of(2026, 11, 1))).get().extracting(Quarter::number).isEqualTo(1);
	}

	@Test
	void changedSettingsAreStoredAndAnnounced(Scenario scenario) {
		TestSchool school = testSchools.register();
		SchoolSettings seven = new SchoolSettings(7, 3, 3, List.of(3, 1), 50);

		scenario.stimulate(() -> administration.describe(school.director(), null, "Мектеп", "7", seven))
				.andWaitForEventOfType(SchoolSettingsChanged.class)
				.matching(changed -> changed.school().equals(school.id()))
				.toArriveAndVerify(changed -> assertThat(schools.find(school.id())).get()
						.extracting(SchoolProfile::settings).isEqualTo(seven));
	}

	@Test
	void theSchoolChoosesOfWhomACouncilDecisionNeedsAMajority() {
		TestSchool school = testSchools.register();
		SchoolSettings ofCast = new SchoolSettings(4, 3, 3, List.of(3, 1), 50, CouncilMajority.OF_VOTES_CAST);

		administration.describe(school.director(), null, "Мектеп", "7", ofCast);

		assertThat(schools.find(school.id())).get().extracting(profile -> profile.settings().councilMajority())
				.isEqualTo(CouncilMajority.OF_VOTES_CAST);
		assertThat(SchoolSettings.DEFAULTS.councilMajority()).isEqualTo(CouncilMajority.OF_PRESENT);
	}

	@Test
	void theDeputiesDutiesGoOnlyToDeputiesOfTheSchool() {
		TestSchool school = testSchools.register();
		SchoolUser second = testSchools.addDeputy(school.id(), "Экинчи Орун Басар");

		assertThatThrownBy(() -> administration.assignDuties(school.director(), null,
				java.util.Map.of(DeputyDuty.CHAIRS_COUNCIL, school.teacher().staffId())))
				.isInstanceOfSatisfying(RuleViolation.class, e -> assertThat(e.code()).isEqualTo("school.duties.notADeputy"));
		assertThatThrownBy(() -> administration.assignDuties(school.teacher(), null,
				java.util.Map.of(DeputyDuty.CHAIRS_COUNCIL, second.staffId())))
				.isInstanceOf(org.springframework.security.access.AccessDeniedException.class);

		administration.assignDuties(school.director(), null, java.util.Map.of(DeputyDuty.CHAIRS_COUNCIL, second.staffId()));

		SchoolProfile profile = schools.find(school.id()).orElseThrow();
		assertThat(profile.holdsDuty(second, DeputyDuty.CHAIRS_COUNCIL)).isTrue();
		assertThat(profile.holdsDuty(school.deputy(), DeputyDuty.CHAIRS_COUNCIL)).isFalse();
		assertThat(profile.holdsDuty(school.deputy(), DeputyDuty.CONTROLS_ASSOCIATIONS)).isTrue();
	}
}
