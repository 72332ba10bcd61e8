package kg.usulduk.school.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
		return start(directory);
	}

	/**
	 * Starts the embedded PostgreSQL on {@code directory}, durable and after whatever crash came before: one still
	 * running there (the app was killed, its PostgreSQL child was not) is stopped cleanly first, and the lock file of
	 * one that is dead is removed.
	 */
	public static EmbeddedPostgres start(Path directory) throws IOException {
		Path data = directory.toAbsolutePath().normalize();
		boolean existing = Files.isDirectory(data.resolve("base"));
		Files.createDirectories(data);
		if (existing) {
			takeOverFromACrash(data);
		}
		EmbeddedPostgres postgres = EmbeddedPostgres.builder()
				.setDataDirectory(data)
				.setCleanDataDirectory(false)
				// Spring closes it after the data source; zonky's own hook would stop it too early.
				.setRegisterShutdownHook(false)
				.setLocaleConfig("encoding", "UTF8")
				// zonky's defaults are for throw-away test databases (fsync, synchronous commit and full-page writes
				// off): a crash of the machine would lose what users saw saved. These are PostgreSQL's own defaults.
				.setServerConfig("fsync", "on")
				.setServerConfig("synchronous_commit", "on")
				.setServerConfig("full_page_writes", "on")
				.start();
		log.info("{} embedded PostgreSQL in {} (port {})", existing ? "Started the" : "Created an", data,
				postgres.getPort());
		return postgres;
	}

	/**
	 * A {@code postmaster.pid} left in the data folder names the PostgreSQL that ran there. If that process still
	 * runs and is a PostgreSQL, it is the child of an app that was killed: it is asked to shut down (SIGTERM, a
	 * clean shutdown with a checkpoint) and waited for. If not, the file is stale (its process died with the app, or
	 * its number now belongs to another process, as after a container restart) and is removed, since PostgreSQL
	 * would refuse to start while the number is in use.
	 */
	static void takeOverFromACrash(Path data) throws IOException {
		Path pidFile = data.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		long pid;
		try (var lines = Files.lines(pidFile)) {
			pid = Long.parseLong(lines.findFirst().orElse("").strip());
		}
		catch (NumberFormatException e) {
			log.warn("Removing the unreadable lock file {}", pidFile);
			Files.deleteIfExists(pidFile);
			return;
		}
		Optional<ProcessHandle> running = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
				.filter(process -> process.pid() != ProcessHandle.current().pid())
				.filter(process -> process.info().command().map(command -> command.endsWith("postgres")).orElse(false));
		if (running.isEmpty()) {
			log.warn("Removing the lock file of a PostgreSQL that is no longer running ({}, process {})", pidFile, pid);
			Files.deleteIfExists(pidFile);
			return;
		}
		log.warn("A PostgreSQL (process {}) still runs on {}, left by an app that did not shut down: stopping it", pid,
				data);
		ProcessHandle postmaster = running.get();
		postmaster.destroy();
		try {
			postmaster.onExit().get(2, TimeUnit.MINUTES);
		}
		catch (TimeoutException e) {
			throw new IllegalStateException("The PostgreSQL left running on " + data + " (process " + pid
					+ ") did not stop within two minutes; stop it and start again", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting for the old PostgreSQL to stop", e);
		}
		catch (ExecutionException e) {
			throw new IllegalStateException(e);
		}
		Files.deleteIfExists(pidFile);
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
