package kg.usulduk.school.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;

/**
 * The embedded PostgreSQL after a crash, at process level: a child JVM starts it and saves a row, then is killed
 * without a shutdown (as by {@code kill -9} or the out-of-memory killer). The next start on the same data folder
 * comes up, with the row.
 */
class EmbeddedDatabaseCrashTests {

	/** The child: starts the embedded database on the folder given, saves the text given, says so, and waits. */
	public static void main(String[] args) throws Exception {
		EmbeddedPostgres postgres = EmbeddedPostgresAutoConfiguration.start(Paths.get(args[0]));
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE TABLE IF NOT EXISTS saved (text varchar(100))");
			statement.execute("INSERT INTO saved VALUES ('" + args[1] + "')");
		}
		System.out.println("SAVED");
		System.out.flush();
		Thread.sleep(TimeUnit.MINUTES.toMillis(10));
	}

	@Test
	void theAppKilledWithoutAShutdownStartsAgainOnItsDataFolderWithItsData() throws Exception {
		Path data = folder();
		Process app = startChild(data, "before the crash");
		long postmaster = postmasterOf(data);

		app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("the app's PostgreSQL outlives it")
				.contains(true);

		try (EmbeddedPostgres postgres = EmbeddedPostgresAutoConfiguration.start(data)) {
			assertThat(texts(postgres)).containsExactly("before the crash");
			assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive)).as("the old one was stopped")
					.isNotEqualTo(java.util.Optional.of(true));
		}
	}

	@Test
	void aLockFileLeftByADeadPostgresWhoseNumberAnotherProcessNowHasDoesNotStopTheNextStart() throws Exception {
		Path data = folder();
		Process app = startChild(data, "before the crash");
		long postmaster = postmasterOf(data);
		// The machine (or container) dies: the app and its database together.
		ProcessHandle.of(postmaster).ifPresent(ProcessHandle::destroyForcibly);
		app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
		ProcessHandle.of(postmaster).ifPresent(process -> process.onExit().join());
		// After a restart the dead PostgreSQL's number belongs to someone else.
		Process someoneElse = new ProcessBuilder("sleep", "120").start();
		try {
			List<String> lines = Files.readAllLines(data.resolve("postmaster.pid"));
			lines.set(0, String.valueOf(someoneElse.pid()));
			Files.write(data.resolve("postmaster.pid"), lines);

			try (EmbeddedPostgres postgres = EmbeddedPostgresAutoConfiguration.start(data)) {
				assertThat(texts(postgres)).containsExactly("before the crash");
			}
			assertThat(someoneElse.isAlive()).as("the other process is left alone").isTrue();
		}
		finally {
			someoneElse.destroyForcibly();
		}
	}

	@Test
	void theEmbeddedDatabaseRunsWithPostgresqlsDurableSettings() throws Exception {
		try (EmbeddedPostgres postgres = EmbeddedPostgresAutoConfiguration.start(folder());
				Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement()) {
			for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
				try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
					result.next();
					assertThat(result.getString(1)).as(setting).isEqualTo("on");
				}
			}
		}
	}

	private static Path folder() throws IOException {
		return Files.createDirectories(Paths.get("target", "crash-tests", UUID.randomUUID().toString()).toAbsolutePath());
	}

	private static Process startChild(Path data, String text) throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				EmbeddedDatabaseCrashTests.class.getName(), data.toString(), text).redirectErrorStream(true).start();
		BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
		CompletableFuture<Void> saved = CompletableFuture.runAsync(() -> {
			try {
				for (String line = output.readLine(); line != null; line = output.readLine()) {
					if (line.equals("SAVED")) {
						return;
					}
				}
				throw new IllegalStateException("the child ended without saving");
			}
			catch (IOException e) {
				throw new IllegalStateException(e);
			}
		});
		saved.get(2, TimeUnit.MINUTES);
		// Keep reading, so that the child never blocks on a full pipe.
		CompletableFuture.runAsync(() -> output.lines().forEach(line -> { }));
		return child;
	}

	private static long postmasterOf(Path data) throws IOException {
		return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
	}

	private static List<String> texts(EmbeddedPostgres postgres) throws SQLException {
		try (Connection connection = postgres.getPostgresDatabase().getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery("SELECT text FROM saved")) {
			List<String> texts = new java.util.ArrayList<>();
			while (result.next()) {
				texts.add(result.getString(1));
			}
			return texts;
		}
	}
}
