package kg.usulduk.school.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import kg.usulduk.SchoolTestApplication;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two instances of the app starting at once on one fresh database: both create the first records, and neither
 * may fail on the other's. A context of its own, so its database is fresh.
 */
@SpringBootTest(classes = SchoolTestApplication.class, properties = "usulduk.test.context=fresh-database")
class FreshDatabaseIntegrationTests {

	@Autowired Schools schools;
	@Autowired StaffMembers staff;
	@Autowired Accounts accounts;
	@Autowired PasswordEncoder passwords;
	@Autowired ApplicationEventPublisher events;
	@Autowired TransactionTemplate transactions;
	@Autowired Clock clock;
	@Autowired Districts districts;
	@Autowired Operators operators;
	@Autowired Environment environment;
	@Autowired BootstrapLock bootstrapLock;
	@Autowired JdbcClient jdbc;
	@Autowired ObjectProvider<DemoSchool> noDemo;

	@Test
	void twoInstancesStartingAtOnceCreateTheDemoSchoolOnce() throws Exception {
		atOnce(() -> new DemoSchool(schools, districts, operators, staff, accounts, passwords, events, transactions, clock, environment,
				bootstrapLock).createOnceAndPrintLogins());

		assertThat(jdbc.sql("SELECT count(*) FROM school.schools WHERE name = :name").param("name", DemoSchool.NAME)
				.query(Integer.class).single()).isOne();
		assertThat(accounts.usernameTaken("director")).isTrue();
	}

	@Test
	void twoInstancesStartingAtOnceCreateTheFirstAdministratorOnce() throws Exception {
		// Built by hand, the runner has no transactional proxy: run it in the transaction its annotation asks for.
		atOnce(() -> transactions.executeWithoutResult(status -> firstAdministrator().run(new DefaultApplicationArguments())));

		assertThat(jdbc.sql("SELECT count(*) FROM school.schools WHERE name = 'First school'")
				.query(Integer.class).single()).isOne();
		assertThat(accounts.findByUsername("first-admin")).isPresent();
	}

	private FirstAdministrator firstAdministrator() {
		return new FirstAdministrator(schools, districts, staff, accounts, passwords, clock, bootstrapLock, "first-admin",
				"a-long-first-password", "Administrator", "", "First school", "1", "Талас району", noDemo);
	}

	private void atOnce(Runnable start) throws Exception {
		ExecutorService instances = Executors.newFixedThreadPool(2);
		try {
			CountDownLatch go = new CountDownLatch(1);
			List<Future<?>> started = new ArrayList<>();
			for (int i = 0; i < 2; i++) {
				started.add(instances.submit(() -> {
					go.await();
					start.run();
					return null;
				}));
			}
			go.countDown();
			for (Future<?> instance : started) {
				instance.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			instances.shutdownNow();
		}
	}
}
