package kg.usulduk.school.papers;

import java.sql.SQLException;
import java.util.List;

import org.postgresql.util.PGobject;
import org.springframework.core.convert.converter.Converter;
import org.springframework.data.convert.ReadingConverter;
import org.springframework.data.convert.WritingConverter;

import tools.jackson.databind.json.JsonMapper;

/**
 * Stores a {@link FrozenPaper} as one jsonb column of the owning context's table and reads it back. Registered
 * once for every context's Spring Data JDBC mapping, so a context's aggregate only declares the field.
 */
public final class FrozenPaperConverters {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private FrozenPaperConverters() {
	}

	public static List<Converter<?, ?>> all() {
		return List.of(new ToJsonb(), new FromJsonb());
	}

	@WritingConverter
	static final class ToJsonb implements Converter<FrozenPaper, PGobject> {

		@Override
		public PGobject convert(FrozenPaper paper) {
			PGobject json = new PGobject();
			json.setType("jsonb");
			try {
				json.setValue(JSON.writeValueAsString(paper));
			}
			catch (SQLException e) {
				throw new IllegalStateException(e);
			}
			return json;
		}
	}

	@ReadingConverter
	static final class FromJsonb implements Converter<PGobject, FrozenPaper> {

		@Override
		public FrozenPaper convert(PGobject json) {
			return json.getValue() == null ? null : JSON.readValue(json.getValue(), FrozenPaper.class);
		}
	}
}
