package kg.usulduk.school.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * A real PostgreSQL for a machine that has none configured: with no {@code spring.datasource.url}, starts the
 * PostgreSQL binaries shipped in a Maven artifact, keeping its data in a folder ({@code ./data/postgres} by
 * default) across restarts. With a URL, this stays out of the way and Boot connects to that server.
 * <p>
 * Spring stops the database after everything that uses it (the data source depends on it), so the event
 * publication registry can finish its work on shutdown.
 */
@AutoConfiguration(before = DataSourceAutoConfiguration.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(@Value("${usulduk.database.data-directory:./data/postgres}") Path directory)
			throws IOException {
		Path data = directory.toAbsolutePath().normalize();
		boolean existing = Files.isDirectory(data.resolve("base"));
		Files.createDirectories(data);
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(data)
				.setCleanDataDirectory(false)
				// Spring closes it after the data source; zonky's own hook would stop it too early.
				.setRegisterShutdownHook(false)
				.setLocaleConfig("encoding", "UTF8")
				.start();
		log.info("{} embedded PostgreSQL in {} (port {})", existing ? "Started the" : "Created an", data,
				postgres.getPort());
		return postgres;
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "postgres";
			}

			@Override
			public String getJdbcUrl() {
				return postgres.getJdbcUrl("postgres", "postgres");
			}
		};
	}
}
