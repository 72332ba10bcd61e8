package kg.usulduk.school.testing;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import kg.usulduk.school.Education;
import kg.usulduk.school.Language;
import kg.usulduk.school.QualificationCategory;
import kg.usulduk.school.DistrictId;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.internal.Account;
import kg.usulduk.school.internal.Accounts;
import kg.usulduk.school.internal.Districts;
import kg.usulduk.school.internal.School;
import kg.usulduk.school.internal.Schools;
import kg.usulduk.school.internal.StaffMember;
import kg.usulduk.school.internal.StaffMembers;
import kg.usulduk.school.internal.StaffProfile;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Registers schools for tests: each with one staff member and account per role, so a test can act as the
 * director, the deputy, a teacher, the administrator or a district observer. Every call makes a new school,
 * so tests in one context never share rows by accident.
 */
@Component
public class TestSchools {

	/** The password of every account a test school gets. */
	public static final String PASSWORD = "test-password-1";

	private final Schools schools;
	private final Districts districts;
	private final StaffMembers staff;
	private final Accounts accounts;
	private final PasswordEncoder passwords;
	/** Hashed once: hashing is slow by design, and tests that make many schools would wait for it. */
	private volatile String passwordHash;

	TestSchools(Schools schools, Districts districts, StaffMembers staff, Accounts accounts, PasswordEncoder passwords) {
		this.schools = schools;
		this.districts = districts;
		this.staff = staff;
		this.accounts = accounts;
		this.passwords = passwords;
	}

	/** A test school and its people, one per role. */
	public record TestSchool(SchoolId id, String district, Map<Role, SchoolUser> users) {

		public SchoolUser as(Role role) {
			return users.get(role);
		}

		public SchoolUser director() {
			return as(Role.DIRECTOR);
		}

		public SchoolUser deputy() {
			return as(Role.DEPUTY);
		}

		public SchoolUser teacher() {
			return as(Role.TEACHER);
		}

		public SchoolUser admin() {
			return as(Role.ADMIN);
		}

		public SchoolUser observer() {
			return as(Role.DISTRICT_OBSERVER);
		}
	}

	public TestSchool register() {
		return register("District " + UUID.randomUUID());
	}

	public TestSchool register(String district) {
		DistrictId districtId = districts.named(district).getId();
		School school = schools.save(School.register("Test school", "1", districtId));
		String suffix = school.getId().value().toString().substring(0, 8);
		Map<Role, SchoolUser> users = new EnumMap<>(Role.class);
		for (Role role : Role.values()) {
			if (role == Role.DEPLOYMENT_ADMIN) {
				continue; // not a school's role: see DeploymentOperator
			}
			String login = role.name().toLowerCase().replace('_', '-') + "-" + suffix;
			users.put(role, person(school.getId(), districtId, login, "Test " + role.name().toLowerCase() + " " + suffix,
					role));
		}
		return new TestSchool(school.getId(), district, users);
	}

	/**
	 * One more staff member of the school with an account of the given role: a second teacher who heads an
	 * association, a council's secretary.
	 */
	public SchoolUser addPerson(TestSchool school, Role role, String fullName) {
		String login = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 12);
		return person(school.id(), districts.named(school.district()).getId(), login, fullName, role);
	}

	/**
	 * One more staff member with an account of the given role who has taught since {@code teachingSince}: a young
	 * teacher who signs in to their mentorship.
	 */
	public SchoolUser addPerson(TestSchool school, Role role, String fullName, LocalDate teachingSince) {
		String login = role.name().toLowerCase().replace('_', '-') + "-" + UUID.randomUUID().toString().substring(0, 12);
		return person(school.id(), districts.named(school.district()).getId(), login, fullName, role, teachingSince);
	}

	/** A staff member with an account of the role; a district observer observes {@code district}. */
	private SchoolUser person(SchoolId school, DistrictId district, String login, String fullName, Role role) {
		return person(school, district, login, fullName, role, LocalDate.of(2015, 9, 1));
	}

	private SchoolUser person(SchoolId school, DistrictId district, String login, String fullName, Role role,
			LocalDate teachingSince) {
		StaffMember member = staff.save(StaffMember.join(school, new StaffProfile(fullName, role.name(),
				List.of("Математика"), Education.HIGHER, QualificationCategory.FIRST, teachingSince,
				login + "@test.example", Language.KY), LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE)));
		boolean observer = role == Role.DISTRICT_OBSERVER;
		Account opened = Account.open(school, member.getId(), login, passwordHash(), Set.of(observer ? Role.TEACHER : role));
		if (observer) {
			opened.grantObservation(district);
		}
		Account account = accounts.save(opened);
		return new SchoolUser(account.getId().value(), login, account.passwordHash(), school, member.getId(),
				member.fullName(), observer ? district : null, Set.of(role), false, true);
	}

	private String passwordHash() {
		if (passwordHash == null) {
			passwordHash = passwords.encode(PASSWORD);
		}
		return passwordHash;
	}

	/** Changes a test school's settings, as its director would on the settings page. */
	public void changeSettings(SchoolId id, SchoolSettings settings) {
		School school = schools.findById(id).orElseThrow();
		school.changeSettings(settings);
		schools.save(school);
	}

	/** A second deputy director of the school, signed in (the school may split the deputies' duties). */
	public SchoolUser addDeputy(SchoolId school, String fullName) {
		String login = "deputy2-" + UUID.randomUUID().toString().substring(0, 8);
		StaffMember member = staff.save(StaffMember.join(school, new StaffProfile(fullName, "Директордун орун басары",
				List.of(), Education.HIGHER, QualificationCategory.FIRST, LocalDate.of(2010, 9, 1), login + "@test.example",
				Language.KY), LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE)));
		Account account = accounts.save(Account.open(school, member.getId(), login, passwordHash(), Set.of(Role.DEPUTY)));
		return new SchoolUser(account.getId().value(), login, account.passwordHash(), school, member.getId(),
				member.fullName(), null, Set.of(Role.DEPUTY), false, true);
	}

	/** Gives the deputies' duties as the director would on the settings page. */
	public void assignDuties(SchoolId id, java.util.Map<kg.usulduk.school.DeputyDuty, StaffId> duties) {
		School school = schools.findById(id).orElseThrow();
		school.assignDuties(duties);
		schools.save(school);
	}

	/** Renames a staff member, as the director would in the staff directory (e.g. after a marriage). */
	public void rename(StaffId id, String newName) {
		StaffMember member = staff.findById(id).orElseThrow();
		StaffProfile old = member.profile();
		member.updateProfile(new StaffProfile(newName, old.position(), old.subjects(), old.education(), old.category(),
				old.teachingSince(), old.email(), old.language()), LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE));
		staff.save(member);
	}

	/** A staff member of the school without an account. */
	public StaffId addTeacher(SchoolId school, String fullName, LocalDate teachingSince) {
		String email = "t-" + UUID.randomUUID().toString().substring(0, 8) + "@test.example";
		return staff.save(StaffMember.join(school, new StaffProfile(fullName, "Мугалим", List.of("Тарых"),
				Education.HIGHER, QualificationCategory.NONE, teachingSince, email, Language.KY), LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE)))
				.getId();
	}
}
