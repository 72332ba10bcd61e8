package kg.usulduk.planning.internal.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The administrator's page of mails given up on, with "send again"; nobody else's. */
@SpringBootTest
@AutoConfigureMockMvc
class FailedMailWebTests {

	@Autowired MockMvc mvc;
	@Autowired TestSchools testSchools;
	@Autowired JdbcClient jdbc;

	@Test
	void theAdministratorSeesAFailedMailAndSendsItAgainInEachLanguage() throws Exception {
		TestSchool school = testSchools.register();
		UUID delivery = UUID.randomUUID();
		jdbc.sql("""
				insert into planning.deliveries (id, school_id, staff_id, channel, notice_key, notice, subject, body, email,
				    language, created_at, attempts, failed_at, last_error)
				values (:id, :school, :staff, 'EMAIL', :key, 'TASK_DUE', 'Тапшырма', 'Тапшырма', 'teacher@test.example',
				    'KY', :at, 12, :at, 'Connection refused')
				""").param("id", delivery).param("school", school.id().value())
				.param("staff", school.teacher().staffId().value()).param("key", "TASK_DUE:" + delivery)
				.param("at", Timestamp.from(Instant.now())).update();

		mvc.perform(get("/mail/failed").with(user(school.admin())).param("lang", "en")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Mails not sent")))
				.andExpect(content().string(containsString("Connection refused")));
		mvc.perform(get("/mail/failed").with(user(school.admin())).param("lang", "ru")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Отправить снова")));
		mvc.perform(get("/mail/failed").with(user(school.admin())).param("lang", "ky")).andExpect(status().isOk())
				.andExpect(content().string(containsString("Кайра жөнөтүү")));

		mvc.perform(post("/mail/failed/{id}/again", delivery).with(user(school.admin())).with(csrf()))
				.andExpect(redirectedUrl("/mail/failed"));
		mvc.perform(get("/mail/failed").with(user(school.admin())).param("lang", "en"))
				.andExpect(content().string(containsString("Every mail was sent.")));
	}

	@Test
	void onlyTheAdministratorReachesTheFailedMails() throws Exception {
		TestSchool school = testSchools.register();

		mvc.perform(get("/mail/failed").with(user(school.director()))).andExpect(status().isForbidden());
		mvc.perform(post("/mail/failed/{id}/again", UUID.randomUUID()).with(user(school.teacher())).with(csrf()))
				.andExpect(status().isForbidden());
	}
}
