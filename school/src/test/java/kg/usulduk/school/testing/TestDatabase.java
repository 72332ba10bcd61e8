package kg.usulduk.school.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * The one way every test gets a real PostgreSQL: a Testcontainers container where a Docker engine answers, the
 * embedded PostgreSQL binaries where none does. One server per test JVM; each Spring test context gets a
 * fresh database in it, so contexts never see each other's rows.
 */
public final class TestDatabase {

	private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
	private static final AtomicInteger databases = new AtomicInteger();
	private static Server server;

	private TestDatabase() {
	}

	/** Where a test database lives and how to reach it. */
	private record Server(String host, int port, String user, String password, String kind) {

		String url(String database) {
			return "jdbc:postgresql://" + host + ":" + port + "/" + database;
		}
	}

	/** Creates a new, empty database and returns how to connect to it. */
	public static JdbcConnectionDetails newDatabase() {
		Server server = server();
		String name = "usulduk_test_" + databases.incrementAndGet();
		try (Connection connection = DriverManager.getConnection(server.url("postgres"), server.user(), server.password());
				Statement statement = connection.createStatement()) {
			statement.execute("CREATE DATABASE " + name);
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not create the test database " + name, e);
		}
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return server.user();
			}

			@Override
			public String getPassword() {
				return server.password();
			}

			@Override
			public String getJdbcUrl() {
				return server.url(name);
			}
		};
	}

	private static synchronized Server server() {
		if (server == null) {
			server = dockerAnswers() ? container() : embedded();
			log.info("Tests use PostgreSQL from {} on port {}", server.kind(), server.port());
		}
		return server;
	}

	private static boolean dockerAnswers() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError e) {
			return false;
		}
	}

	@SuppressWarnings("resource") // stopped by Testcontainers' Ryuk when the JVM exits
	private static Server container() {
		PostgreSQLContainer container = new PostgreSQLContainer("postgres:18-alpine");
		container.start();
		return new Server(container.getHost(), container.getMappedPort(5432), container.getUsername(),
				container.getPassword(), "a Testcontainers container");
	}

	private static Server embedded() {
		try {
			// A throw-away data folder; zonky's shutdown hook stops the server and deletes it when the JVM exits.
			EmbeddedPostgres postgres = EmbeddedPostgres.builder().setLocaleConfig("encoding", "UTF8").start();
			return new Server("localhost", postgres.getPort(), "postgres", "postgres", "embedded PostgreSQL binaries");
		}
		catch (IOException e) {
			throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
		}
	}
}
