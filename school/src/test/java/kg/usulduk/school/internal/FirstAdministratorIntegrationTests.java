package kg.usulduk.school.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import kg.usulduk.SchoolTestApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A real deployment on a fresh external database, started without a first administrator: nobody could sign in, so
 * the start says how to create one, and the command it names does. A context of its own, so its database is fresh.
 */
@SpringBootTest(classes = SchoolTestApplication.class, properties = "usulduk.test.context=no-administrator")
@ExtendWith(OutputCaptureExtension.class)
class FirstAdministratorIntegrationTests {

	@Autowired Schools schools;
	@Autowired StaffMembers staff;
	@Autowired Accounts accounts;
	@Autowired PasswordEncoder passwords;
	@Autowired Clock clock;
	@Autowired Districts districts;
	@Autowired Operators operators;
	@Autowired BootstrapLock bootstrapLock;
	@Autowired TransactionTemplate transactions;
	@Autowired ObjectProvider<DemoSchool> noDemo;

	@Test
	void aStartWithoutAnyAdministratorWarnsHowToCreateOneAndTheCommandItNamesCreatesIt(CapturedOutput output) {
		assertThat(output).as("the application's own start on this fresh database").contains("No administrator account exists")
				.contains("--usulduk.admin.username=");

		transactions.executeWithoutResult(status -> new FirstAdministrator(schools, districts, staff, accounts, passwords, clock,
				bootstrapLock, "admin", "a-long-first-password", "Administrator", "", "Школа", "1", "Талас району", noDemo)
				.run(new DefaultApplicationArguments("--usulduk.admin.username=admin")));
		assertThat(accounts.anyAdministrator()).isTrue();

		int warnings = count(output.getOut(), "No administrator account exists");
		transactions.executeWithoutResult(status -> new FirstAdministrator(schools, districts, staff, accounts, passwords, clock,
				bootstrapLock, "", "", "Administrator", "", "", "", "", noDemo).run(new DefaultApplicationArguments()));
		assertThat(count(output.getOut(), "No administrator account exists")).as("once one exists, no warning")
				.isEqualTo(warnings);
	}

	private static int count(String text, String part) {
		return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
	}
}
