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
	private final StaffMembers staff;

	private final Accounts accounts;
	private final SchoolZones zones;

	SchoolDirectoryService(Schools schools, StaffMembers staff, Accounts accounts, SchoolZones zones) {
		this.accounts = accounts;
		this.zones = zones;
		this.schools = schools;
		this.staff = staff;
	}

	@Override
	public Optional<SchoolProfile> find(SchoolId school) {
		return schools.findProfile(school);
	}

	/**
	 * In a page (a read-only transaction), the zone of the school the page has read already, else the zones kept in
	 * memory, so that asking costs a page no statement; a write reads the school's record, as it stands now.
	 */
	@Override
	public java.time.ZoneId zone(SchoolId school) {
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
			Optional<java.time.ZoneId> read = ReadOnlyTransactionCache.FinderCache
					.answered(Schools.class, "findProfile", List.of(school))
					.flatMap(answer -> ((Optional<?>) answer).map(found -> ((SchoolProfile) found).settings().timeZone()))
					.or(() -> ReadOnlyTransactionCache.FinderCache.answered(Schools.class, "findById", List.of(school))
							.flatMap(answer -> ((Optional<?>) answer).map(found -> ((School) found).settings().timeZone())));
			Optional<java.time.ZoneId> known = read.isPresent() ? read : zones.zone(school);
			if (known.isPresent()) {
				return known.get();
			}
		}
		return schools.findProfile(school).map(found -> found.settings().timeZone())
				.orElse(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
	}

	@Override
	public List<SchoolProfile> profiles(java.util.Collection<SchoolId> schools) {
		return schools.isEmpty() ? List.of()
				: this.schools.findProfiles(schools.stream().map(SchoolId::value).distinct().toList());
	}

	@Override
	public List<Quarter> quarters(SchoolId school, SchoolYear year) {
		return School.quartersOf(year, schools.findQuarters(school, year.startYear()));
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

	@Override
	public List<StaffCard> activeStaffWithRole(SchoolId school, kg.usulduk.school.Role role) {
		return staff.findActiveWithRole(school, role.name()).stream().map(StaffMember::card).toList();
	}
}
