package kg.usulduk.school.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import kg.usulduk.school.Education;
import kg.usulduk.school.Language;
import kg.usulduk.school.QualificationCategory;
import kg.usulduk.school.Role;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The first administrator of a real deployment, from configuration: there are no default passwords outside
 * the demo. With {@code USULDUK_ADMIN_USERNAME} and {@code USULDUK_ADMIN_PASSWORD} set, and no account of that
 * name yet, it registers the school and the administrator. Later starts find the account and do nothing, so
 * the password can be removed from the environment once the administrator has signed in.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

	private final Schools schools;
	private final Districts districts;
	private final StaffMembers staff;
	private final Accounts accounts;
	private final PasswordEncoder passwords;
	private final Clock clock;
	private final Bootstrap bootstrap;
	private final BootstrapLock bootstrapLock;
	private final boolean demo;

	/** What an operator reads when nobody can sign in to administer a real deployment. */
	static final String HOW_TO_CREATE_ONE = """

			  No administrator account exists, so nobody can sign in to manage this Usulduk.
			  Create the first one by starting the app once with (or the same as USULDUK_ADMIN_* environment variables):
			    java -jar app/target/app-0.1.0-SNAPSHOT.jar --usulduk.admin.username=admin --usulduk.admin.password='<10 or more characters>' \\
			        --usulduk.admin.school-name='<school>' --usulduk.admin.district='<district>'
			  It registers the school and its administrator once; then start without the password. See README, 'Operations'.
			""";

	record Bootstrap(String username, String password, String fullName, String email, String schoolName,
			String schoolNumber, String district) {
	}

	FirstAdministrator(Schools schools, Districts districts, StaffMembers staff, Accounts accounts,
			PasswordEncoder passwords, Clock clock, BootstrapLock bootstrapLock,
			@Value("${usulduk.admin.username:}") String username, @Value("${usulduk.admin.password:}") String password,
			@Value("${usulduk.admin.full-name:Administrator}") String fullName,
			@Value("${usulduk.admin.email:}") String email,
			@Value("${usulduk.admin.school-name:}") String schoolName,
			@Value("${usulduk.admin.school-number:}") String schoolNumber,
			@Value("${usulduk.admin.district:}") String district, ObjectProvider<DemoSchool> demo) {
		this.demo = demo.getIfAvailable() != null;
		this.bootstrapLock = bootstrapLock;
		this.schools = schools;
		this.districts = districts;
		this.staff = staff;
		this.accounts = accounts;
		this.passwords = passwords;
		this.clock = clock;
		this.bootstrap = new Bootstrap(username, password, fullName, email, schoolName, schoolNumber, district);
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (bootstrap.username().isBlank()) {
			if (!demo && !accounts.anyAdministrator()) {
				log.warn(HOW_TO_CREATE_ONE);
			}
			return;
		}
		String username = Account.normalise(bootstrap.username());
		// Two instances starting at once: the second waits for the first's transaction and then finds the account.
		bootstrapLock.acquire();
		if (accounts.usernameTaken(username)) {
			return;
		}
		if (bootstrap.password().isBlank() || bootstrap.schoolName().isBlank() || bootstrap.district().isBlank()) {
			throw new IllegalStateException("The first administrator needs USULDUK_ADMIN_PASSWORD, "
					+ "USULDUK_ADMIN_SCHOOL_NAME and USULDUK_ADMIN_DISTRICT besides USULDUK_ADMIN_USERNAME");
		}
		School school = schools.save(School.register(bootstrap.schoolName(), bootstrap.schoolNumber(),
				districts.named(bootstrap.district()).getId()));
		String email = bootstrap.email().isBlank() ? username + "@localhost.localdomain" : bootstrap.email();
		StaffMember admin = staff.save(StaffMember.join(school.getId(), new StaffProfile(bootstrap.fullName(),
				"Administrator", List.of(), Education.HIGHER, QualificationCategory.NONE, null, email, Language.DEFAULT),
				LocalDate.now(clock.withZone(school.settings().timeZone()))));
		accounts.save(Account.open(school.getId(), admin.getId(), username,
				passwords.encode(Account.checkPassword(bootstrap.password())), Set.of(Role.ADMIN)));
		log.info("Registered school '{}' with its first administrator '{}'", school.name(), username);
	}
}
