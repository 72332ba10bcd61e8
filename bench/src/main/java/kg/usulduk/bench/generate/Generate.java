package kg.usulduk.bench.generate;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import kg.usulduk.UsuldukApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The generator's command: {@code --scale 0.02 --seed 12 --years 10 --out DIR}. Starts Usulduk's own context (so its
 * migrations run, and the embedded PostgreSQL starts when no {@code SPRING_DATASOURCE_URL} is given), fills the
 * database with the national world unless it already holds the same one, then does the same with one year of
 * history in a second database on the same server and times the reminder scan, a calendar month and the compliance
 * dashboard in both ({@link Flatness}). Writes to DIR: the load
 * run's users ({@code users.csv}), what was generated ({@code national.properties}, {@code one-year.properties})
 * and the reminder figures ({@code reminders.properties}).
 */
public final class Generate {

	/** Every generated account signs in with it. */
	public static final String PASSWORD = "bench-usulduk";

	private Generate() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = Options.parse(args);
		double scale = Double.parseDouble(options.getOrDefault("scale", "0.02"));
		long seed = Long.parseLong(options.getOrDefault("seed", "12"));
		int years = Integer.parseInt(options.getOrDefault("years", "10"));
		int reminderRuns = Integer.parseInt(options.getOrDefault("reminder-runs", "9"));
		Path out = Path.of(options.getOrDefault("out", "bench/target/bench"));
		Files.createDirectories(out);
		LocalDate today = LocalDate.now();

		Properties reminders = new Properties();
		try (ConfigurableApplicationContext national = start()) {
			DataSource dataSource = national.getBean(DataSource.class);
			String url = url(dataSource);
			String hash = national.getBean(PasswordEncoder.class).encode(PASSWORD);
			fill(national, World.of(scale, seed, years, today, hash), url, out.resolve("national.properties"),
					out.resolve("users.csv"));

			String oneYearUrl = otherDatabase(dataSource, url, "_1y");
			Properties databases = new Properties();
			databases.setProperty("national", url);
			databases.setProperty("oneYear", oneYearUrl);
			// For the start-up with the demo school, when the bench runs on a server of its own.
			databases.setProperty("demo", otherDatabase(dataSource, url, "_demo"));
			databases.setProperty("user", user(dataSource));
			try (Writer file = Files.newBufferedWriter(out.resolve("databases.properties"))) {
				databases.store(file, "The benchmark's databases");
			}
			try (ConfigurableApplicationContext oneYear = start("--spring.datasource.url=" + oneYearUrl,
					"--spring.datasource.username=" + user(dataSource))) {
				fill(oneYear, World.of(scale, seed, 1, today, hash), oneYearUrl, out.resolve("one-year.properties"),
						null);
				// Both databases open side by side, so that each is timed warm and in alternation (issue 12).
				new Flatness(today, reminderRuns).measure(national, "years" + years, oneYear, "years1", reminders);
			}
		}
		try (Writer file = Files.newBufferedWriter(out.resolve("reminders.properties"))) {
			reminders.store(file, "The reminder scan, a calendar month and the compliance dashboard at 1 and " + years
					+ " years");
		}
		System.out.println("Reminder scan, calendar month, compliance: " + reminders);
	}

	private static ConfigurableApplicationContext start(String... args) {
		List<String> all = new ArrayList<>(List.of("--server.port=0", "--usulduk.demo.enabled=false",
				"--usulduk.reminders.cron=-", "--spring.main.banner-mode=off", "--logging.level.root=WARN"));
		all.addAll(List.of(args));
		return new SpringApplication(UsuldukApplication.class).run(all.toArray(String[]::new));
	}

	/** Generates unless the database already holds this very world (same url, scale, seed, years and day). */
	private static void fill(ConfigurableApplicationContext context, World world, String url, Path record, Path users)
			throws SQLException, IOException {
		Properties wanted = new Properties();
		wanted.setProperty("scale", String.valueOf(world.scale()));
		wanted.setProperty("seed", String.valueOf(world.seed()));
		wanted.setProperty("years", String.valueOf(world.years()));
		wanted.setProperty("today", world.today().toString());
		wanted.setProperty("schools", String.valueOf(world.schools()));
		// A context that lands adds its writer: a database written without it is generated again.
		wanted.setProperty("writers", String.join("+", Generator.WRITERS.stream()
				.map(writer -> writer.getClass().getSimpleName().replace("Writer", "")).toList()));
		JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
		// What the database holds is marked on it (a comment on school.schools), not in a file beside it.
		String marker = "bench " + new java.util.TreeMap<>(wanted);
		String had = jdbc.queryForObject("select obj_description('school.schools'::regclass, 'pg_class')", String.class);
		if (marker.equals(had) && Files.exists(record) && (users == null || Files.exists(users))) {
			System.out.println("Already generated: " + marker);
			return;
		}
		jdbc.execute("COMMENT ON TABLE school.schools IS NULL");
		System.out.printf("Generating %d schools, %d years of history into %s%n", world.schools(), world.years(), url);
		long started = System.nanoTime();
		List<String> lines = new ArrayList<>();
		lines.add("username,password,school,association,session,protocol,council,councilSession,feed,month");
		Map<String, Long> rows = new Generator(context.getBean(DataSource.class)).generate(world, school -> {
			if (school.feedSession != null && school.feedCouncilSession != null) {
				lines.add(String.join(",", school.deputy().username(), PASSWORD, school.id.toString(),
						school.sessions.get(0).body().toString(), school.feedSession.toString(),
						school.feedProtocol.toString(), school.currentCouncil.toString(),
						school.feedCouncilSession.toString(), school.feedToken, world.today().toString().substring(0, 7)));
			}
		});
		long copied = System.nanoTime();
		new Generator(context.getBean(DataSource.class)).analyse();
		long analysed = System.nanoTime();
		jdbc.execute("COMMENT ON TABLE school.schools IS '" + marker + "'");
		long total = rows.values().stream().mapToLong(Long::longValue).sum();
		Properties done = new Properties();
		done.putAll(wanted);
		done.setProperty("url", url);
		done.setProperty("rows", String.valueOf(total));
		done.setProperty("copySeconds", String.format("%.1f", (copied - started) / 1e9));
		done.setProperty("vacuumAnalyseSeconds", String.format("%.1f", (analysed - copied) / 1e9));
		done.setProperty("databaseBytes", String.valueOf(
				jdbc.queryForObject("select pg_database_size(current_database())", Long.class)));
		rows.forEach((table, count) -> done.setProperty("rows." + table, String.valueOf(count)));
		try (Writer file = Files.newBufferedWriter(record)) {
			done.store(file, "Generated by kg.usulduk.bench.generate.Generate");
		}
		if (users != null) {
			Files.write(users, lines);
		}
		System.out.printf("Generated %,d rows in %.1f s (+ %.1f s vacuum analyse), database %,d MiB%n", total,
				(copied - started) / 1e9, (analysed - copied) / 1e9,
				Long.parseLong(done.getProperty("databaseBytes")) >> 20);
	}

	private static String url(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
	}

	private static String user(DataSource dataSource) throws SQLException {
		try (Connection connection = dataSource.getConnection()) {
			return connection.getMetaData().getUserName();
		}
	}

	/** A second database on the same server (created when missing), for the same world with other years. */
	private static String otherDatabase(DataSource dataSource, String url, String suffix) throws SQLException {
		Matcher parts = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]*)(.*)").matcher(url);
		if (!parts.matches()) {
			throw new IllegalStateException("Not a PostgreSQL JDBC url: " + url);
		}
		String name = (parts.group(2).isEmpty() ? "postgres" : parts.group(2)) + suffix;
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(true);
			try (var check = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
				check.setString(1, name);
				if (!check.executeQuery().next()) {
					try (var create = connection.createStatement()) {
						create.execute("CREATE DATABASE \"" + name + "\"");
					}
				}
			}
		}
		return parts.group(1) + name + parts.group(3);
	}

}
