package kg.usulduk.school.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;

import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Bad input on every school form shows a translated message on the page and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class SchoolFormsWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired StaffDirectory staff;
	@Autowired SchoolDirectory schools;

	TestSchool school;
	int staffBefore;

	@BeforeEach
	void newSchool() {
		school = testSchools.register();
		staffBefore = staff.activeStaff(school.id()).size();
	}

	/** A valid staff form, with the given fields replaced: name, value, name, value... */
	MockHttpServletRequestBuilder staffForm(SchoolUser as, Locale locale, String... replaced) {
		java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
		fields.put("fullName", "Сыдыкова Назгүл");
		fields.put("position", "Мугалим");
		fields.put("subjects", "Математика");
		fields.put("education", "HIGHER");
		fields.put("category", "FIRST");
		fields.put("teachingSince", "2018-09-01");
		fields.put("email", "nazgul@school.kg");
		fields.put("language", "KY");
		for (int i = 0; i < replaced.length; i += 2) {
			fields.put(replaced[i], replaced[i + 1]);
		}
		MockHttpServletRequestBuilder request = post("/staff").with(user(as)).with(csrf()).param("lang", locale.getLanguage());
		fields.forEach(request::param);
		return request;
	}

	@Test
	void aValidNewStaffMemberIsSavedAndTheListShown() throws Exception {
		mvc.perform(staffForm(school.director(), Locale.ENGLISH)).andExpect(redirectedUrl("/staff"));

		assertThat(staff.activeStaff(school.id())).hasSize(staffBefore + 1);
	}

	@Test
	void anEmptyStaffFormShowsTranslatedFieldErrorsAndSavesNothing() throws Exception {
		mvc.perform(staffForm(school.director(), Locale.forLanguageTag("ru"), "fullName", "", "email", ""))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Заполните")));

		assertThat(staff.activeStaff(school.id())).hasSize(staffBefore);
	}

	@Test
	void aTooLongNameIsRefused() throws Exception {
		mvc.perform(staffForm(school.director(), Locale.ENGLISH, "fullName", "Ы".repeat(201)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("No more than 200 characters.")));

		assertThat(staff.activeStaff(school.id())).hasSize(staffBefore);
	}

	@Test
	void aDateThatIsNoDateOrLiesInTheFutureIsRefused() throws Exception {
		mvc.perform(staffForm(school.director(), Locale.ENGLISH, "teachingSince", "2026-13-45"))
				.andExpect(content().string(containsString("Not a date")));
		mvc.perform(staffForm(school.director(), Locale.ENGLISH, "teachingSince", "2999-09-01"))
				.andExpect(content().string(containsString("cannot be in the future")));

		assertThat(staff.activeStaff(school.id())).hasSize(staffBefore);
	}

	@Test
	void aDuplicateEmailIsRefusedOnItsFieldInKyrgyz() throws Exception {
		mvc.perform(staffForm(school.director(), Locale.ENGLISH)).andExpect(redirectedUrl("/staff"));

		mvc.perform(staffForm(school.director(), Locale.forLanguageTag("ky"), "fullName", "Башка адам"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("lang=\"ky\"")))
				.andExpect(content().string(not(containsString("school.staff.email.taken"))))
				.andExpect(content().string(containsString("field-error")));

		assertThat(staff.activeStaff(school.id())).hasSize(staffBefore + 1);
	}

	@Test
	void settingsBelowTheRegulationsMinimumAreRefusedAndNotSaved() throws Exception {
		mvc.perform(post("/school/settings").with(user(school.director())).with(csrf()).param("lang", "en")
				.param("name", "Мектеп").param("number", "1").param("district", school.district())
				.param("minimumAssociationSessions", "3").param("youngTeacherYears", "3")
				.param("yearsBeforeArchive", "3").param("reminderLeadDays", "3, 1").param("councilQuorumPercent", "50")
				.param("timeZone", "Asia/Bishkek"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("the regulation asks at least 4")));

		assertThat(schools.find(school.id()).orElseThrow().settings()).isEqualTo(SchoolSettings.DEFAULTS);
	}

	@Test
	void settingsWithEmptyOrNonsenseValuesAreRefused() throws Exception {
		mvc.perform(post("/school/settings").with(user(school.director())).with(csrf()).param("lang", "en")
				.param("name", "Мектеп").param("district", school.district())
				.param("minimumAssociationSessions", "many").param("youngTeacherYears", "3")
				.param("yearsBeforeArchive", "3").param("reminderLeadDays", "soon").param("councilQuorumPercent", "50"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Please write a whole number.")));
		mvc.perform(post("/school/settings").with(user(school.director())).with(csrf()).param("lang", "en")
				.param("name", "").param("district", school.district())
				.param("minimumAssociationSessions", "4").param("youngTeacherYears", "3")
				.param("yearsBeforeArchive", "3").param("reminderLeadDays", "soon").param("councilQuorumPercent", "50"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Please fill this in.")))
				.andExpect(content().string(containsString("separated by commas")));

		assertThat(schools.find(school.id()).orElseThrow().name()).isEqualTo("Test school");
	}

	@Test
	void theDirectorChoosesTheSchoolsTimeZoneAndAZoneNotOfferedIsRefusedWithAMessageChangingNothing() throws Exception {
		mvc.perform(get("/school/settings").with(user(school.director())).param("lang", "ky"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Убакыт алкагы")))
				.andExpect(content().string(containsString("Бишкек (UTC+06:00)")));
		java.util.function.Function<String, MockHttpServletRequestBuilder> form = zone -> post("/school/settings")
				.with(user(school.director())).with(csrf()).param("lang", "en").param("version", "0")
				.param("name", "Test school").param("minimumAssociationSessions", "4").param("youngTeacherYears", "3")
				.param("yearsBeforeArchive", "3").param("reminderLeadDays", "3, 1").param("councilQuorumPercent", "50")
				.param("timeZone", zone);

		mvc.perform(form.apply("Mars/Olympus")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Choose one of the time zones offered.")));
		assertThat(schools.find(school.id()).orElseThrow().settings().timeZone()).hasToString("Asia/Bishkek");

		mvc.perform(form.apply("Asia/Tashkent")).andExpect(status().is3xxRedirection());
		assertThat(schools.find(school.id()).orElseThrow().settings().timeZone()).hasToString("Asia/Tashkent");
		assertThat(schools.zone(school.id())).hasToString("Asia/Tashkent");
	}

	@Test
	void everyFieldOutOfRangeIsShownAtOnceAndNothingIsSaved() throws Exception {
		mvc.perform(post("/school/settings").with(user(school.director())).with(csrf()).param("lang", "en")
				.param("version", "0").param("name", "Test school").param("minimumAssociationSessions", "2")
				.param("youngTeacherYears", "30").param("yearsBeforeArchive", "3").param("reminderLeadDays", "3, 1")
				.param("councilQuorumPercent", "50").param("timeZone", "Mars/Olympus"))
				.andExpect(status().isOk())
				// Issue 13: all three refusals on their fields, not the first alone.
				.andExpect(content().string(containsString("Choose one of the time zones offered.")))
				.andExpect(result -> assertThat(java.util.regex.Pattern.compile("class=\"field-error\">[^<]+<")
						.matcher(result.getResponse().getContentAsString()).results().count()).isEqualTo(3));
		assertThat(schools.find(school.id()).orElseThrow().settings().minimumAssociationSessions()).isEqualTo(4);
	}

	@Test
	void quartersThatEndBeforeTheyStartAreRefused() throws Exception {
		var request = post("/school/settings/quarters").with(user(school.director())).with(csrf()).param("lang", "en")
				.param("year", "2026");
		String[][] dates = { { "2026-09-01", "2026-08-01" }, { "2026-11-10", "2026-12-28" }, { "2027-01-12", "2027-03-20" },
				{ "2027-04-01", "2027-05-31" } };
		for (int i = 0; i < 4; i++) {
			request.param("quarters[" + i + "].start", dates[i][0]).param("quarters[" + i + "].end", dates[i][1]);
		}

		mvc.perform(request).andExpect(status().isOk())
				.andExpect(content().string(containsString("Quarter 1 ends before it starts.")));
	}

	@Test
	void aTeacherCannotChangeTheSettings() throws Exception {
		mvc.perform(post("/school/settings").with(user(school.teacher())).with(csrf())
				.param("name", "Чужое").param("district", "x").param("minimumAssociationSessions", "4")
				.param("youngTeacherYears", "3").param("yearsBeforeArchive", "3").param("reminderLeadDays", "3")
				.param("councilQuorumPercent", "50").param("timeZone", "Asia/Bishkek"))
				.andExpect(status().isForbidden());

		assertThat(schools.find(school.id()).orElseThrow().name()).isEqualTo("Test school");
	}

	@Test
	void anAccountWithAShortPasswordOrATakenUsernameIsRefused() throws Exception {
		var person = testSchools.addTeacher(school.id(), "Жаңы мугалим", null);
		mvc.perform(post("/accounts").with(user(school.admin())).with(csrf()).param("lang", "en")
				.param("staffId", person.value().toString()).param("username", "newteacher")
				.param("password", "short").param("roles", "TEACHER"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("At least 10 characters.")));
		mvc.perform(post("/accounts").with(user(school.admin())).with(csrf()).param("lang", "en")
				.param("staffId", person.value().toString()).param("username", school.teacher().getUsername())
				.param("password", "long-enough-1").param("roles", "TEACHER"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("This username is taken.")));
		mvc.perform(post("/accounts").with(user(school.admin())).with(csrf()).param("lang", "en")
				.param("staffId", person.value().toString()).param("username", "newteacher")
				.param("password", "long-enough-1"))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("Choose at least one.")));
	}

	@Test
	void theJsonEndpointAnswersBadInputWithAProblemDetail() throws Exception {
		mvc.perform(post("/api/staff").with(user(school.director())).with(csrf()).param("lang", "en")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"fullName\":\"\",\"position\":\"Мугалим\",\"email\":\"a@b.kg\"}"))
				.andExpect(status().isUnprocessableContent())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.field").value("fullName"))
				.andExpect(jsonPath("$.detail").value("Please fill this in."));

		assertThat(staff.activeStaff(school.id())).hasSize(staffBefore);
	}

	@Test
	void anotherSchoolsStaffMemberIsNotFoundAsJsonOrAsAPage() throws Exception {
		TestSchool other = testSchools.register();

		mvc.perform(get("/api/staff/" + other.teacher().staffId()).with(user(school.director())))
				.andExpect(status().isNotFound())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/staff/" + other.teacher().staffId()).with(user(school.director())))
				.andExpect(status().isNotFound());
		mvc.perform(get("/staff").param("school", other.id().toString()).with(user(school.director())))
				.andExpect(status().isNotFound());
	}
}
