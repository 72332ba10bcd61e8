package kg.usulduk.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import kg.usulduk.UsuldukApplication;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import jakarta.servlet.http.Cookie;

/**
 * Who may see a district and grant its observers, and rights taken away reaching sessions already signed in:
 * what a hostile user found open (issue "Hardening"), kept closed.
 */
@SpringBootTest(classes = UsuldukApplication.class, properties = { "usulduk.operator.username=" + AccessHardeningTests.OPERATOR,
		"usulduk.operator.password=" + AccessHardeningTests.OPERATOR_PASSWORD })
@AutoConfigureMockMvc
class AccessHardeningTests {

	static final String OPERATOR = "ministry-operator";
	static final String OPERATOR_PASSWORD = "operator-password-1";

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired SchoolDirectory schools;
	@Autowired JdbcClient jdbc;

	Cookie signIn(String username, String password) throws Exception {
		Cookie session = mvc.perform(formLogin().user(username).password(password)).andExpect(authenticated())
				.andReturn().getResponse().getCookie("SESSION");
		assertThat(session).as("the session cookie of Spring Session").isNotNull();
		return session;
	}

	String districtOf(TestSchool school) {
		return schools.find(school.id()).map(SchoolProfile::districtId).orElseThrow().toString();
	}

	@Test
	void aSchoolAdministratorCannotMakeAnyoneADistrictObserver() throws Exception {
		TestSchool school = testSchools.register();
		SchoolUser teacher = school.teacher();

		mvc.perform(post("/accounts/{id}/roles", teacher.accountId()).with(user(school.admin())).with(csrf())
				.param("version", "0").param("roles", Role.DISTRICT_OBSERVER.name()).param("lang", "en"))
				.andExpect(status().is3xxRedirection());

		assertThat(rolesOf(teacher)).isEqualTo("{TEACHER}");
		mvc.perform(get("/accounts").with(user(school.admin())))
				.andExpect(content().string(not(containsString("value=\"DISTRICT_OBSERVER\""))));
	}

	@Test
	void aDirectorCannotChangeTheSchoolsDistrict() throws Exception {
		TestSchool school = testSchools.register();
		String before = districtOf(school);

		mvc.perform(post("/school/settings").with(user(school.director())).with(csrf()).param("version", "0")
				.param("name", "Мектеп").param("number", "1").param("district", "Башка район")
				.param("districtId", UUID.randomUUID().toString())
				.param("minimumAssociationSessions", "4").param("youngTeacherYears", "3")
				.param("yearsBeforeArchive", "3").param("reminderLeadDays", "3, 1").param("councilQuorumPercent", "50")
				.param("timeZone", "Asia/Bishkek"));

		assertThat(districtOf(school)).isEqualTo(before);
	}

	@Test
	void onlyTheDeploymentAdministratorReachesTheDistrictsAndItReadsNoSchool() throws Exception {
		TestSchool school = testSchools.register();
		for (Role role : new Role[] { Role.ADMIN, Role.DIRECTOR, Role.DEPUTY, Role.TEACHER, Role.DISTRICT_OBSERVER }) {
			mvc.perform(get("/districts").with(user(school.as(role)))).andExpect(status().isForbidden());
			mvc.perform(post("/districts").with(user(school.as(role))).with(csrf()).param("name", "Жаңы район"))
					.andExpect(status().isForbidden());
		}

		Cookie operator = signIn(OPERATOR, OPERATOR_PASSWORD);
		mvc.perform(get("/").cookie(operator)).andExpect(redirectedUrl("/districts"));
		mvc.perform(get("/districts").cookie(operator).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Districts")));
		mvc.perform(get("/staff").cookie(operator)).andExpect(status().isForbidden());
		mvc.perform(get("/associations").cookie(operator)).andExpect(status().isForbidden());
	}

	@Test
	void anObserverGrantedADistrictReadsItsSchoolsAndNoOthers() throws Exception {
		TestSchool ownSchool = testSchools.register();
		TestSchool observed = testSchools.register();
		SchoolUser accountHolder = ownSchool.teacher();
		Cookie operator = signIn(OPERATOR, OPERATOR_PASSWORD);

		mvc.perform(post("/districts/{id}/observers", districtOf(observed)).cookie(operator).with(csrf())
				.param("username", accountHolder.getUsername())).andExpect(redirectedUrl("/districts"));

		Cookie observer = signIn(accountHolder.getUsername(), TestSchools.PASSWORD);
		mvc.perform(get("/").cookie(observer).param("school", observed.id().toString())).andExpect(status().isOk());
		mvc.perform(get("/staff").cookie(observer).param("school", observed.id().toString())).andExpect(status().isOk());
		// Their own school's district is not the one granted: its other schools stay closed.
		TestSchool neighbourOfOwn = testSchools.register(ownSchool.district());
		mvc.perform(get("/staff").cookie(observer).param("school", neighbourOfOwn.id().toString()))
				.andExpect(status().isNotFound());
		// And an observer writes nothing.
		mvc.perform(post("/associations").cookie(observer).with(csrf())).andExpect(status().isForbidden());
	}

	@Test
	void aSchoolsAdministratorIsNotMadeAnObserver() throws Exception {
		TestSchool school = testSchools.register();
		Cookie operator = signIn(OPERATOR, OPERATOR_PASSWORD);

		mvc.perform(post("/districts/{id}/observers", districtOf(school)).cookie(operator).with(csrf())
				.param("username", school.admin().getUsername())).andExpect(redirectedUrl("/districts"));

		assertThat(rolesOf(school.admin())).isEqualTo("{ADMIN}");
	}

	@Test
	void movingASchoolToAnotherDistrictChangesWhoObservesIt() throws Exception {
		TestSchool school = testSchools.register();
		TestSchool elsewhere = testSchools.register();
		Cookie operator = signIn(OPERATOR, OPERATOR_PASSWORD);
		SchoolUser observerOfElsewhere = elsewhere.observer();

		mvc.perform(post("/districts/schools/{id}/district", school.id()).cookie(operator).with(csrf())
				.param("version", "0").param("district", districtOf(elsewhere))).andExpect(redirectedUrl("/districts"));

		assertThat(districtOf(school)).isEqualTo(districtOf(elsewhere));
		mvc.perform(get("/staff").with(user(observerOfElsewhere)).param("school", school.id().toString())).andExpect(status().isOk());
	}

	@Test
	void disablingAnAccountEndsItsSessionsOnTheNextRequest() throws Exception {
		TestSchool school = testSchools.register();
		Cookie teacher = signIn(school.teacher().getUsername(), TestSchools.PASSWORD);
		mvc.perform(get("/staff").cookie(teacher)).andExpect(status().isOk());

		mvc.perform(post("/accounts/{id}/disable", school.teacher().accountId()).with(user(school.admin())).with(csrf())
				.param("version", versionOf(school.teacher()))).andExpect(redirectedUrl("/accounts"));

		mvc.perform(get("/staff").cookie(teacher).accept(MediaType.TEXT_HTML)).andExpect(redirectedUrl("/login"));
	}

	@Test
	void removingARoleEndsTheSessionsSoTheRightIsGoneAtOnce() throws Exception {
		TestSchool school = testSchools.register();
		SchoolUser director = school.director();
		Cookie session = signIn(director.getUsername(), TestSchools.PASSWORD);
		mvc.perform(get("/school/settings").cookie(session)).andExpect(status().isOk());

		mvc.perform(post("/accounts/{id}/roles", director.accountId()).with(user(school.admin())).with(csrf())
				.param("version", versionOf(director)).param("roles", Role.TEACHER.name())).andExpect(redirectedUrl("/accounts"));

		assertThat(rolesOf(director)).isEqualTo("{TEACHER}");
		mvc.perform(get("/school/settings").cookie(session).accept(MediaType.TEXT_HTML))
				.andExpect(redirectedUrl("/login"));
	}

	/** The account's version now: signing in counts, and so moves it. */
	private String versionOf(SchoolUser user) {
		return jdbc.sql("SELECT version::text FROM school.accounts WHERE id = ?").param(user.accountId())
				.query(String.class).single();
	}

	private String rolesOf(SchoolUser user) {
		return jdbc.sql("SELECT roles::text FROM school.accounts WHERE id = ?").param(user.accountId()).query(String.class)
				.single();
	}
}
