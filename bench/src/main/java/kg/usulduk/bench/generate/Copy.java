package kg.usulduk.bench.generate;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Rows for PostgreSQL's {@code COPY ... FROM STDIN} (text format), kept per table in the order the tables were first
 * written to, so parents are copied before the rows that refer to them. {@link #flush} sends a batch through the
 * driver's {@link CopyManager} and starts the next; memory stays bounded by the batch, not by the country.
 */
final class Copy {

	private final Connection connection;
	private final CopyManager copier;
	private final Map<String, Table> tables = new LinkedHashMap<>();
	private final Map<String, Long> totals = new LinkedHashMap<>();

	Copy(Connection connection) throws SQLException {
		this.connection = connection;
		this.copier = connection.unwrap(PGConnection.class).getCopyAPI();
	}

	/** The buffer of a table with these columns (the first call fixes them). */
	Table into(String table, String columns) {
		return tables.computeIfAbsent(table, name -> new Table(name, columns));
	}

	void flush() throws SQLException, IOException {
		for (Table table : tables.values()) {
			if (table.rows == 0) {
				continue;
			}
			copier.copyIn("COPY " + table.name + " (" + table.columns + ") FROM STDIN",
					new StringReader(table.text.toString()));
			totals.merge(table.name, (long) table.rows, Long::sum);
			table.text.setLength(0);
			table.rows = 0;
		}
		connection.commit();
	}

	/** Rows copied so far, per table, in copy order. */
	Map<String, Long> totals() {
		return totals;
	}

	static final class Table {

		private final String name;
		private final String columns;
		private final StringBuilder text = new StringBuilder(1 << 16);
		private int rows;

		private Table(String name, String columns) {
			this.name = name;
			this.columns = columns;
		}

		/** One row: values in the order of the columns; null is SQL NULL. */
		void row(Object... values) {
			for (int i = 0; i < values.length; i++) {
				if (i > 0) {
					text.append('\t');
				}
				append(values[i]);
			}
			text.append('\n');
			rows++;
		}

		private void append(Object value) {
			if (value == null) {
				text.append("\\N");
			}
			else if (value instanceof Collection<?> list) {
				escape(array(list));
			}
			else if (value instanceof Instant instant) {
				text.append(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
			}
			else if (value instanceof UUID || value instanceof Number || value instanceof Boolean
					|| value instanceof LocalDate || value instanceof LocalTime) {
				text.append(value);
			}
			else {
				escape(value.toString());
			}
		}

		/** A PostgreSQL array literal: every element quoted. */
		private static String array(Collection<?> list) {
			StringBuilder literal = new StringBuilder("{");
			for (Object element : list) {
				if (literal.length() > 1) {
					literal.append(',');
				}
				if (element instanceof Number) {
					literal.append(element);
				}
				else {
					literal.append('"').append(element.toString().replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
				}
			}
			return literal.append('}').toString();
		}

		private void escape(String value) {
			for (int i = 0; i < value.length(); i++) {
				char c = value.charAt(i);
				switch (c) {
					case '\\' -> text.append("\\\\");
					case '\t' -> text.append("\\t");
					case '\n' -> text.append("\\n");
					case '\r' -> text.append("\\r");
					default -> text.append(c);
				}
			}
		}
	}
}
