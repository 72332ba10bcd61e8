package kg.usulduk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import kg.usulduk.UsuldukApplication;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The whole application's security: sign-in, roles, schools kept apart, headers, lockout. */
@SpringBootTest(classes = UsuldukApplication.class)
@AutoConfigureMockMvc
class SecurityTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired StaffDirectory staff;

	@Test
	void aStrangerIsSentToTheSignInPage() throws Exception {
		mvc.perform(get("/staff").accept(MediaType.TEXT_HTML)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	@Test
	void aCalendarAppReadsAFeedWithoutSigningInButOnlyWithItsSecret() throws Exception {
		mvc.perform(get("/calendar/feed/not-a-secret.ics")).andExpect(status().isNotFound());
		mvc.perform(get("/calendar/feed").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
		mvc.perform(get("/calendar").accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void theSignInPageAnswersInKyrgyzByDefault() throws Exception {
		mvc.perform(get("/login"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("lang=\"ky\"")))
				.andExpect(content().string(containsString("Кирүү")));
	}

	@Test
	void aJsonClientThatIsNotSignedInGetsAProblemDetail() throws Exception {
		mvc.perform(get("/api/staff").accept(MediaType.APPLICATION_JSON).param("lang", "en"))
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void aTeacherCannotReachTheAdministratorsPages() throws Exception {
		TestSchool school = testSchools.register();

		mvc.perform(get("/accounts").with(user(school.teacher()))).andExpect(status().isForbidden());
		mvc.perform(post("/accounts").with(user(school.teacher())).with(csrf())).andExpect(status().isForbidden());
		mvc.perform(get("/accounts").with(user(school.admin()))).andExpect(status().isOk());
	}

	@Test
	void oneSchoolsUserCannotReadAnotherSchoolsStaff() throws Exception {
		TestSchool mine = testSchools.register();
		TestSchool theirs = testSchools.register();

		mvc.perform(get("/staff").param("school", theirs.id().toString()).with(user(mine.director())))
				.andExpect(status().isNotFound());
		mvc.perform(get("/api/staff").param("school", theirs.id().toString()).with(user(mine.director())))
				.andExpect(status().isNotFound());
		mvc.perform(get("/staff/" + theirs.teacher().staffId()).with(user(mine.director())))
				.andExpect(status().isNotFound());
		mvc.perform(get("/staff").with(user(mine.director())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(mine.teacher().fullName())))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString(theirs.teacher().fullName()))));
	}

	@Test
	void aDistrictObserverReadsTheDistrictButChangesNothing() throws Exception {
		TestSchool observed = testSchools.register("Талас району");
		TestSchool neighbour = testSchools.register("Талас району");
		int before = staff.activeStaff(observed.id()).size();

		mvc.perform(get("/staff").param("school", neighbour.id().toString()).with(user(observed.observer())))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString(neighbour.teacher().fullName())));
		mvc.perform(post("/staff").with(user(observed.observer())).with(csrf())
				.param("fullName", "X").param("position", "Y").param("email", "x@y.kg"))
				.andExpect(status().isForbidden());
		assertThat(staff.activeStaff(observed.id())).hasSize(before);
	}

	@Test
	void pagesCarryAContentSecurityPolicyAndRefuseFraming() throws Exception {
		mvc.perform(get("/login"))
				.andExpect(header().string("Content-Security-Policy", containsString("script-src 'self'")))
				.andExpect(header().string("X-Frame-Options", "DENY"))
				.andExpect(header().string("X-Content-Type-Options", "nosniff"));
	}

	@Test
	void formsWithoutTheCsrfTokenAreRefused() throws Exception {
		TestSchool school = testSchools.register();

		mvc.perform(post("/staff").with(user(school.director())).param("fullName", "X")).andExpect(status().isForbidden());
	}

	@Test
	void aRealAccountSignsInWithItsPassword() throws Exception {
		TestSchool school = testSchools.register();

		mvc.perform(formLogin().user(school.director().getUsername()).password(TestSchools.PASSWORD))
				.andExpect(authenticated());
	}

	@Test
	void fiveWrongPasswordsLockTheAccountEvenAgainstTheRightOne() throws Exception {
		TestSchool school = testSchools.register();
		String username = school.teacher().getUsername();

		for (int i = 0; i < 5; i++) {
			mvc.perform(formLogin().user(username).password("wrong-password")).andExpect(unauthenticated());
		}

		mvc.perform(formLogin().user(username).password(TestSchools.PASSWORD)).andExpect(unauthenticated());
	}

	@Test
	void twentyParallelSignInsToOneAccountAllSucceed() throws Exception {
		TestSchool school = testSchools.register();
		String username = school.director().getUsername();

		List<Integer> statuses = inParallel(20, () -> mvc.perform(formLogin().user(username).password(TestSchools.PASSWORD))
				.andExpect(authenticated()).andReturn().getResponse().getStatus());

		assertThat(statuses).hasSize(20).allMatch(status -> status == 302);
	}

	@Test
	void tenParallelWrongPasswordsLockTheAccount() throws Exception {
		TestSchool school = testSchools.register();
		String username = school.teacher().getUsername();

		List<Integer> statuses = inParallel(10, () -> mvc.perform(formLogin().user(username).password("wrong-password"))
				.andExpect(unauthenticated()).andReturn().getResponse().getStatus());

		assertThat(statuses).hasSize(10).allMatch(status -> status == 302);
		mvc.perform(formLogin().user(username).password(TestSchools.PASSWORD)).andExpect(unauthenticated());
	}

	private static <T> List<T> inParallel(int times, Callable<T> call) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(times);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<T>> results = new ArrayList<>();
			for (int i = 0; i < times; i++) {
				results.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> values = new ArrayList<>();
			for (Future<T> result : results) {
				values.add(result.get(60, TimeUnit.SECONDS));
			}
			return values;
		}
		finally {
			pool.shutdownNow();
		}
	}
}
