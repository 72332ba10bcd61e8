package kg.usulduk.school.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kg.usulduk.school.Quarter;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The school context's answers to the other contexts. */
@Service
@Transactional(readOnly = true)
class SchoolDirectoryService implements SchoolDirectory, StaffDirectory {

	private final Schools schools;
	private final Districts districts;
	private final StaffMembers staff;

	private final Accounts accounts;

	SchoolDirectoryService(Schools schools, Districts districts, StaffMembers staff, Accounts accounts) {
		this.accounts = accounts;
		this.schools = schools;
		this.districts = districts;
		this.staff = staff;
	}

	@Override
	public Optional<SchoolProfile> find(SchoolId school) {
		return schools.findById(school)
				.map(found -> found.profile(districts.findById(found.districtId()).orElseThrow()));
	}

	@Override
	public java.time.ZoneId zone(SchoolId school) {
		// The school's record alone, not its district: one finder, the one a page that shows the school has run.
		return schools.findById(school).map(found -> found.settings().timeZone())
				.orElse(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	}

	@Override
	public List<Quarter> quarters(SchoolId school, SchoolYear year) {
		return schools.findById(school).map(found -> found.quarters(year)).orElseGet(() -> Quarter.defaultsFor(year));
	}

	@Override
	public Optional<Quarter> quarterOf(SchoolId school, LocalDate day) {
		return quarters(school, SchoolYear.of(day)).stream().filter(quarter -> quarter.contains(day)).findFirst();
	}

	@Override
	public Optional<StaffCard> find(SchoolId school, StaffId id) {
		return staff.findByIdAndSchoolId(id, school).map(StaffMember::card);
	}

	@Override
	public boolean hasRole(SchoolId school, StaffId person, kg.usulduk.school.Role role) {
		return accounts.findByStaffId(person).filter(account -> account.schoolId().equals(school))
				.filter(Account::isEnabled).map(account -> account.roles().contains(role)).orElse(false);
	}

	@Override
	public List<StaffCard> activeStaff(SchoolId school) {
		return staff.findActive(school).stream().map(StaffMember::card).toList();
	}
}
