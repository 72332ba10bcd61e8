package kg.usulduk.bench.generate;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

/**
 * Fills a migrated database with a {@link World}: empties the contexts' tables, then writes school after school
 * through each {@link ContextWriter}, copying every {@value #BATCH} schools in one transaction.
 */
final class Generator {

	/** One writer per context, in the order of the contexts (a writer reads the facts of those before it). */
	static final List<ContextWriter> WRITERS = List.of(new SchoolWriter(), new AssociationWriter(), new CouncilWriter(),
			new PlanningWriter(), new MentorshipWriter());
	static final String[] SCHEMAS = { "school", "association", "council", "planning", "mentorship" };
	private static final int BATCH = 10;

	private final DataSource dataSource;

	Generator(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	/** Writes the world; the rows written per table, in copy order. */
	Map<String, Long> generate(World world, Consumer<SchoolData> eachSchool) throws SQLException, IOException {
		try (Connection connection = dataSource.getConnection()) {
			connection.setAutoCommit(false);
			empty(connection);
			try (Statement statement = connection.createStatement()) {
				// Foreign keys are checked by triggers, row by row: the generator writes consistent data and skips
				// them where the server lets it (a superuser, as the embedded database's and the bench server's is).
				statement.execute("SET session_replication_role = replica");
			}
			catch (SQLException notSuperuser) {
				connection.rollback();
			}
			Copy copy = new Copy(connection);
			WRITERS.forEach(writer -> writer.start(world, copy));
			for (int i = 0; i < world.schools(); i++) {
				SchoolData school = world.school(i);
				for (ContextWriter writer : WRITERS) {
					writer.write(school, copy);
				}
				eachSchool.accept(school);
				if ((i + 1) % BATCH == 0) {
					copy.flush();
				}
			}
			copy.flush();
			return copy.totals();
		}
	}

	/** Plans as the pages will meet them: statistics fresh, visibility maps set. */
	void analyse() throws SQLException {
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			connection.setAutoCommit(true);
			for (String schema : SCHEMAS) {
				for (String table : tables(connection, schema)) {
					statement.execute("VACUUM ANALYZE " + table);
				}
			}
		}
	}

	private static void empty(Connection connection) throws SQLException {
		List<String> tables = new ArrayList<>();
		for (String schema : SCHEMAS) {
			tables.addAll(tables(connection, schema));
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("TRUNCATE " + String.join(", ", tables) + " CASCADE");
			// Spring Modulith's event registry: publications of a demo school would be handed out again at start.
			try (var registry = statement.executeQuery("select to_regclass('event_publication') is not null")) {
				registry.next();
				if (registry.getBoolean(1)) {
					statement.execute("TRUNCATE event_publication");
				}
			}
		}
		connection.commit();
	}

	/** A schema's tables but Flyway's history and the job lock. */
	private static List<String> tables(Connection connection, String schema) throws SQLException {
		List<String> tables = new ArrayList<>();
		try (var statement = connection.prepareStatement("""
				select tablename from pg_tables where schemaname = ? and tablename not like 'flyway%'
				and tablename <> 'shedlock' order by tablename""")) {
			statement.setString(1, schema);
			try (var rows = statement.executeQuery()) {
				while (rows.next()) {
					tables.add(schema + "." + rows.getString(1));
				}
			}
		}
		return tables;
	}
}
