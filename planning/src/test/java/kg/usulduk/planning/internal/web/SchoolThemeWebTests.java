package kg.usulduk.planning.internal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import kg.usulduk.planning.internal.SchoolThemes;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** 001 §6.6: the school's methodological theme, set by the deputy, read by all, bad input refused. */
@SpringBootTest
@AutoConfigureMockMvc
class SchoolThemeWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired SchoolThemes themes;

	static final SchoolYear YEAR = SchoolYear.of(LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE));

	@Test
	void theDeputySetsTheThemeAndEveryoneReadsIt() throws Exception {
		TestSchool school = testSchools.register();

		mvc.perform(post("/theme").with(user(school.deputy())).with(csrf())
				.param("schoolYear", String.valueOf(YEAR.startYear())).param("theme", "Функционалдык сабаттуулук")
				.param("goal", "Окуучулардын сабаттуулугун өнүктүрүү"))
				.andExpect(redirectedUrlPattern("/theme?year=*"));
		mvc.perform(get("/theme").with(user(school.teacher())))
				.andExpect(status().isOk()).andExpect(content().string(containsString("Функционалдык сабаттуулук")));
		mvc.perform(get("/theme").with(user(school.observer())).param("school", school.id().toString()))
				.andExpect(status().isOk());
	}

	@Test
	void anEmptyThemeIsRefusedAndATeacherSetsNone() throws Exception {
		TestSchool school = testSchools.register();

		mvc.perform(post("/theme").with(user(school.deputy())).with(csrf()).param("lang", "en")
				.param("schoolYear", String.valueOf(YEAR.startYear())).param("theme", " "))
				.andExpect(status().isOk()).andExpect(content().string(containsString("field-error")));
		mvc.perform(post("/theme").with(user(school.teacher())).with(csrf())
				.param("schoolYear", String.valueOf(YEAR.startYear())).param("theme", "Тема"))
				.andExpect(status().isForbidden());

		assertThat(themes.of(school.director(), school.id(), YEAR)).isEmpty();
	}

	@Test
	void anotherSchoolsThemeIsNotFound() throws Exception {
		TestSchool mine = testSchools.register();
		TestSchool theirs = testSchools.register();

		mvc.perform(get("/theme").with(user(mine.teacher())).param("school", theirs.id().toString()))
				.andExpect(status().isNotFound());
	}
}
