package kg.usulduk.association.internal;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.postgresql.util.PGobject;
import org.springframework.data.core.TypeInformation;
import org.springframework.data.jdbc.core.convert.Identifier;
import org.springframework.data.jdbc.core.convert.JdbcConverter;
import org.springframework.data.jdbc.core.convert.JdbcTypeFactory;
import org.springframework.data.jdbc.core.convert.MappingJdbcConverter;
import org.springframework.data.mapping.PersistentPropertyPath;
import org.springframework.data.relational.core.dialect.Dialect;
import org.springframework.data.relational.core.mapping.AggregatePath;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.RelationalPersistentEntity;
import org.springframework.data.relational.core.mapping.RelationalPersistentProperty;
import org.springframework.data.relational.core.sql.IdentifierProcessing;
import org.springframework.data.relational.domain.RowDocument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads aggregates with all their collections in one statement. Spring Data JDBC reads each collection of an aggregate
 * with a statement of its own (an association has five, a session three), so a page that shows a few aggregates ran
 * dozens of statements; its Single Query Loading does not yet cover embedded values or finders other than by id. Here
 * PostgreSQL folds each collection's rows into a JSON array beside the root's row, and Spring Data's own converter
 * builds the aggregate from them as it does from result sets: same constructors, same conversions. Only
 * collections of the root are supported (no collection inside a collection), which is all the association's
 * aggregates have; Spring Data's after-convert events and callbacks are not published (nothing here listens to them).
 */
@Component
public class WholeAggregates {

	private static final JsonMapper JSON = JsonMapper.shared();

	/** The aggregate being read on this thread, whose collections the reader asks for. */
	private static final ThreadLocal<JsonNode> CURRENT = new ThreadLocal<>();

	private final JdbcClient jdbc;
	private final MappingJdbcConverter reader;
	private final Dialect dialect;
	private final Map<Class<?>, String> selects = new ConcurrentHashMap<>();

	WholeAggregates(JdbcClient jdbc, JdbcConverter converter, Dialect dialect) {
		this.jdbc = jdbc;
		this.dialect = dialect;
		// The application's converter, with its conversions, except that it asks this class for collections instead
		// of the database.
		this.reader = new MappingJdbcConverter(converter.getMappingContext(), this::collection,
				((MappingJdbcConverter) converter).getConversions(), JdbcTypeFactory.unsupported());
	}

	/**
	 * The aggregates whose root row ({@code r}) meets the condition, in the given order.
	 *
	 * @param where an SQL condition on the root table aliased {@code r}, with named parameters
	 * @param orderBy an SQL ordering on {@code r}, or {@code null}
	 */
	public <T> List<T> find(Class<T> type, String where, String orderBy, Map<String, ?> parameters) {
		RelationalPersistentEntity<?> entity = reader.getMappingContext().getRequiredPersistentEntity(type);
		String sql = selects.computeIfAbsent(type, ignored -> select(entity)) + " WHERE " + where
				+ (orderBy == null ? "" : " ORDER BY " + orderBy);
		List<String> rows = jdbc.sql(sql).params(parameters).query(String.class).list();
		List<T> aggregates = new ArrayList<>(rows.size());
		for (String text : rows) {
			JsonNode row = JSON.readTree(text);
			CURRENT.set(row);
			try {
				aggregates.add(reader.readAndResolve(TypeInformation.of(type),
						document(row, entity, reader.getMappingContext().getAggregatePath(entity)), Identifier.empty()));
			}
			finally {
				CURRENT.remove();
			}
		}
		return aggregates;
	}

	private String select(RelationalPersistentEntity<?> entity) {
		StringBuilder collections = new StringBuilder();
		IdentifierProcessing quoting = dialect.getIdentifierProcessing();
		String rootId = entity.getRequiredIdProperty().getColumnName().toSql(quoting);
		for (RelationalPersistentProperty property : entity) {
			if (!property.isEntity() || property.isEmbedded()) {
				continue;
			}
			MappedCollection mapped = property.findAnnotation(MappedCollection.class);
			if (!property.isCollectionLike() || mapped == null || mapped.idColumn().isEmpty()) {
				throw new IllegalStateException(entity.getType().getSimpleName() + "." + property.getName()
						+ ": only collections with an explicit idColumn are loaded whole");
			}
			RelationalPersistentEntity<?> child = reader.getMappingContext().getRequiredPersistentEntity(property);
			for (RelationalPersistentProperty inner : child) {
				if (inner.isEntity() && !inner.isEmbedded()) {
					throw new IllegalStateException("Collections inside collections are not loaded whole: " + inner);
				}
			}
			String order = mapped.keyColumn().isEmpty() ? "" : " ORDER BY c." + mapped.keyColumn();
			collections.append(collections.isEmpty() ? "" : ", ").append("'")
					.append(property.getColumnName().getReference()).append("', (SELECT coalesce(jsonb_agg(to_jsonb(c)")
					.append(order).append("), '[]'::jsonb) FROM ").append(child.getQualifiedTableName().toSql(quoting))
					.append(" c WHERE c.").append(mapped.idColumn()).append(" = r.").append(rootId).append(")");
		}
		return "SELECT (to_jsonb(r)" + (collections.isEmpty() ? "" : " || jsonb_build_object(" + collections + ")")
				+ ")::text FROM " + entity.getQualifiedTableName().toSql(quoting) + " r";
	}

	/**
	 * What Spring Data would have read with a statement per collection: the collection's rows from the aggregate's
	 * JSON, each read as Spring Data reads a row (a list's rows in the order of their position).
	 */
	private Iterable<Object> collection(Identifier parent,
			PersistentPropertyPath<? extends RelationalPersistentProperty> path) {
		RelationalPersistentProperty property = path.getLeafProperty();
		RelationalPersistentEntity<?> child = reader.getMappingContext().getRequiredPersistentEntity(property);
		MappedCollection mapped = property.getRequiredAnnotation(MappedCollection.class);
		List<Object> elements = new ArrayList<>();
		for (JsonNode row : CURRENT.get().get(property.getColumnName().getReference()).values()) {
			Object element = reader.readAndResolve(child.getTypeInformation(),
					document(row, child, reader.getMappingContext().getAggregatePath(path)), parent);
			elements.add(property.isMap() ? new AbstractMap.SimpleEntry<>(row.get(mapped.keyColumn()).asString(), element)
					: element);
		}
		return elements;
	}

	/** The row as the driver returns it to Spring Data: each column's value under its name, embedded ones prefixed. */
	private RowDocument document(JsonNode row, RelationalPersistentEntity<?> entity, AggregatePath path) {
		RowDocument document = new RowDocument();
		put(document, row, entity, path);
		return document;
	}

	private void put(RowDocument document, JsonNode row, RelationalPersistentEntity<?> entity, AggregatePath base) {
		for (RelationalPersistentProperty property : entity) {
			AggregatePath path = base.append(property);
			if (property.isEmbedded()) {
				put(document, row, reader.getMappingContext().getRequiredPersistentEntity(property), path);
				continue;
			}
			if (property.isEntity()) {
				continue;
			}
			String column = path.getColumnInfo().name().getReference();
			JsonNode value = row.get(column);
			if (value != null && !value.isNull()) {
				document.put(column, jdbcValue(value, property));
			}
		}
	}

	/** The JSON value as the PostgreSQL driver would have returned the column, for the converter to take from there. */
	private static Object jdbcValue(JsonNode value, RelationalPersistentProperty property) {
		Class<?> type = property.getActualType();
		if (property.isCollectionLike()) {
			List<Object> elements = new ArrayList<>();
			for (JsonNode element : value.values()) {
				elements.add(element.isNull() ? null : simple(element, type));
			}
			return elements;
		}
		if (value.isObject() || (value.isArray() && !property.isCollectionLike())) {
			// a jsonb column, read by the owner's converter from the driver's PGobject
			PGobject json = new PGobject();
			json.setType("jsonb");
			try {
				json.setValue(value.toString());
			}
			catch (SQLException impossible) {
				throw new IllegalStateException(impossible);
			}
			return json;
		}
		return simple(value, type);
	}

	private static Object simple(JsonNode value, Class<?> type) {
		if (value.isBoolean()) {
			return value.booleanValue();
		}
		if (value.isNumber()) {
			if (type == BigDecimal.class) {
				return value.decimalValue();
			}
			return value.isIntegralNumber() ? (value.canConvertToInt() ? (Object) value.intValue() : value.longValue())
					: value.doubleValue();
		}
		String text = value.asString();
		if (type == LocalDate.class) {
			return LocalDate.parse(text);
		}
		if (type == LocalTime.class) {
			return LocalTime.parse(text);
		}
		if (type == LocalDateTime.class) {
			return LocalDateTime.parse(text);
		}
		if (type == Instant.class) {
			return OffsetDateTime.parse(text).toInstant();
		}
		if (type == UUID.class || org.jmolecules.ddd.types.Identifier.class.isAssignableFrom(type)) {
			return UUID.fromString(text);
		}
		return text;
	}
}
