package kg.usulduk.school.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import kg.usulduk.school.DistrictId;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.Versions;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The deployment administrator's work: the list of districts, which school is in which, and who observes a
 * district. Nobody else may do any of it; the operator in turn reads no school's records.
 */
@Service
@Transactional
public class DistrictAdministration {

	private final Districts districts;
	private final Schools schools;
	private final Accounts accounts;
	private final StaffMembers staff;
	private final SessionEnding sessions;

	DistrictAdministration(Districts districts, Schools schools, Accounts accounts, StaffMembers staff,
			SessionEnding sessions) {
		this.districts = districts;
		this.schools = schools;
		this.accounts = accounts;
		this.staff = staff;
		this.sessions = sessions;
	}

	/** A school as the district list shows it. */
	public record SchoolLine(SchoolId id, String title, Integer version) {
	}

	/** An observer as the district list shows it. */
	public record ObserverLine(AccountId id, String username, String fullName, String ownSchool, boolean enabled,
			Integer version) {
	}

	/** A district with its schools and observers. */
	public record DistrictLine(DistrictId id, String name, Integer version, List<SchoolLine> schools,
			List<ObserverLine> observers) {
	}

	@Transactional(readOnly = true)
	public List<DistrictLine> overview(DeploymentOperator operator) {
		require(operator);
		List<School> all = schools.findAll();
		Map<DistrictId, List<School>> schoolsByDistrict = all.stream().collect(Collectors.groupingBy(School::districtId));
		Map<SchoolId, String> schoolTitles = all.stream()
				.collect(Collectors.toMap(School::getId, School::title));
		List<Account> observerAccounts = accounts.findObservers();
		Map<DistrictId, List<Account>> observers = observerAccounts.stream()
				.collect(Collectors.groupingBy(Account::observedDistrict));
		Map<kg.usulduk.school.StaffId, String> names = staff.findAllById(observerAccounts.stream().map(Account::staffId)
				.toList()).stream().collect(Collectors.toMap(StaffMember::getId, StaffMember::fullName));
		return districts.findAllByName().stream().map(district -> new DistrictLine(district.getId(), district.name(),
				district.version(),
				schoolsByDistrict.getOrDefault(district.getId(), List.of()).stream()
						.map(school -> new SchoolLine(school.getId(), school.title(), school.version()))
						.sorted(Comparator.comparing(SchoolLine::title)).toList(),
				observers.getOrDefault(district.getId(), List.of()).stream()
						.map(account -> new ObserverLine(account.getId(), account.username(),
								names.getOrDefault(account.staffId(), ""),
								schoolTitles.getOrDefault(account.schoolId(), ""), account.isEnabled(),
								account.version()))
						.toList()))
				.toList();
	}

	public District open(DeploymentOperator operator, String name) {
		require(operator);
		String checked = District.named(name).name();
		if (districts.findByName(checked).isPresent()) {
			throw RuleViolation.onField("name", "school.district.name.taken");
		}
		try {
			return districts.save(District.named(checked));
		}
		catch (DuplicateKeyException raced) {
			throw RuleViolation.onField("name", "school.district.name.taken");
		}
	}

	public District rename(DeploymentOperator operator, DistrictId id, Integer shownVersion, String name) {
		require(operator);
		District district = districts.findById(id).orElseThrow(() -> new NotFound("district", id));
		Versions.expect(shownVersion, district.version(), "district");
		district.rename(name);
		districts.findByName(district.name()).filter(other -> !other.getId().equals(id)).ifPresent(other -> {
			throw RuleViolation.onField("name", "school.district.name.taken");
		});
		return districts.save(district);
	}

	/** Places a school in a district: its observers change with it, at once. */
	public School moveSchool(DeploymentOperator operator, SchoolId id, Integer shownVersion, DistrictId to) {
		require(operator);
		School school = schools.findById(id).orElseThrow(() -> new NotFound("school", id));
		Versions.expect(shownVersion, school.version(), "school");
		districts.findById(to).orElseThrow(() -> RuleViolation.onField("district", "school.district.unknown"));
		school.moveToDistrict(to);
		return schools.save(school);
	}

	/**
	 * Makes an existing account (named by its username) the observer of a district. Its other roles go: an
	 * observer reads and changes nothing. Its sessions end, so the new rights start with a new sign-in.
	 */
	public Account grantObserver(DeploymentOperator operator, DistrictId district, String username) {
		require(operator);
		districts.findById(district).orElseThrow(() -> new NotFound("district", district));
		Account account = accounts.findByUsername(username == null ? "" : username.strip())
				.orElseThrow(() -> RuleViolation.onField("username", "school.district.observer.unknownAccount"));
		// An observer has no other role: making a school's administrator one would leave the school unable to keep
		// its own accounts. The school gives the administrator's role to someone else first.
		if (account.roles().contains(kg.usulduk.school.Role.ADMIN)) {
			throw RuleViolation.onField("username", "school.district.observer.isAdministrator");
		}
		account.grantObservation(district);
		sessions.endSessionsOf(account.username());
		return accounts.save(account);
	}

	public Account withdrawObserver(DeploymentOperator operator, AccountId id, Integer shownVersion) {
		require(operator);
		Account account = accounts.findById(id).orElseThrow(() -> new NotFound("account", id));
		Versions.expect(shownVersion, account.version(), "account");
		account.withdrawObservation();
		sessions.endSessionsOf(account.username());
		return accounts.save(account);
	}

	private static void require(DeploymentOperator operator) {
		if (operator == null) {
			throw new org.springframework.security.access.AccessDeniedException("Only the deployment's administrator");
		}
	}
}
