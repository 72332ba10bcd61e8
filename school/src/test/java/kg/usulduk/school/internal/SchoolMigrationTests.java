package kg.usulduk.school.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import kg.usulduk.school.testing.TestDatabase;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/** The school schema's migrations carry a deployment's existing data forward. */
class SchoolMigrationTests {

	@Test
	void freeTextDistrictsBecomeManagedDistrictsAndObserversKeepTheirSchoolsDistrict() {
		JdbcConnectionDetails database = TestDatabase.newDatabase();
		DriverManagerDataSource source = new DriverManagerDataSource(database.getJdbcUrl(), database.getUsername(),
				database.getPassword());
		JdbcClient jdbc = JdbcClient.create(source);
		flyway(source, "1").migrate();
		UUID first = school(jdbc, "Ысык-Көл району");
		UUID second = school(jdbc, " ысык-көл району ");
		UUID third = school(jdbc, "Ош шаары");
		UUID observer = account(jdbc, third, "observer-ош", "{DISTRICT_OBSERVER}");
		UUID teacher = account(jdbc, first, "teacher-1", "{TEACHER}");

		flyway(source, "latest").migrate();

		assertThat(jdbc.sql("SELECT name FROM school.districts ORDER BY name").query(String.class).list())
				.containsExactly("Ош шаары", "Ысык-Көл району");
		List<UUID> districts = List.of(first, second, third).stream().map(id -> jdbc
				.sql("SELECT district_id FROM school.schools WHERE id = ?").param(id).query(UUID.class).single()).toList();
		assertThat(districts.get(0)).isEqualTo(districts.get(1)).isNotEqualTo(districts.get(2));
		assertThat(jdbc.sql("SELECT observed_district_id FROM school.accounts WHERE id = ?").param(observer)
				.query(UUID.class).single()).isEqualTo(districts.get(2));
		assertThat(jdbc.sql("SELECT observed_district_id FROM school.accounts WHERE id = ?").param(teacher)
				.query(UUID.class).optional()).isEmpty();
	}

	private static Flyway flyway(DriverManagerDataSource source, String target) {
		return Flyway.configure().dataSource(source).locations("classpath:db/migration/school")
				.table("flyway_schema_history_school").target(target).load();
	}

	private static UUID school(JdbcClient jdbc, String district) {
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO school.schools (id, name, number, district, minimum_association_sessions, young_teacher_years,
				  years_before_archive, reminder_lead_days, council_quorum_percent, version)
				VALUES (?, 'Мектеп', '1', ?, 4, 3, 3, '{3,1}', 50, 0)""").params(id, district).update();
		return id;
	}

	private static UUID account(JdbcClient jdbc, UUID school, String username, String roles) {
		UUID staff = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO school.staff (id, school_id, full_name, position, education, category, email, language, version)
				VALUES (?, ?, 'Аты', 'Мугалим', 'HIGHER', 'NONE', ?, 'KY', 0)""").params(staff, school, username + "@x.kg")
				.update();
		UUID id = UUID.randomUUID();
		jdbc.sql("""
				INSERT INTO school.accounts (id, school_id, staff_id, username, password_hash, roles, enabled, version)
				VALUES (?, ?, ?, ?, 'x', ?::text[], true, 0)""").params(id, school, staff, username, roles).update();
		return id;
	}
}
