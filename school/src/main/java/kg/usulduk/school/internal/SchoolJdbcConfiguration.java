package kg.usulduk.school.internal;

import java.util.List;

import org.jmolecules.spring.IdentifierToPrimitivesConverter;
import org.jmolecules.spring.PrimitivesToIdentifierConverter;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.support.DefaultConversionService;
import org.springframework.data.jdbc.repository.config.AbstractJdbcConfiguration;

/**
 * Spring Data JDBC for every context: ids that are jMolecules {@code Identifier} records map to their UUID
 * column and back, through jMolecules' own converters.
 */
@Configuration(proxyBeanMethods = false)
class SchoolJdbcConfiguration extends AbstractJdbcConfiguration {

	@Override
	protected List<?> userConverters() {
		var conversions = DefaultConversionService.getSharedInstance();
		var converters = new java.util.ArrayList<Object>(List.of(new IdentifierToPrimitivesConverter(() -> conversions),
				new PrimitivesToIdentifierConverter(() -> conversions)));
		// The shared kernel's frozen papers, one jsonb column in whichever context keeps the paper.
		converters.addAll(kg.usulduk.school.papers.FrozenPaperConverters.all());
		// A school's time zone, kept by its tz database name.
		converters.add(new ZoneToName());
		converters.add(new NameToZone());
		return converters;
	}

	@org.springframework.data.convert.WritingConverter
	static final class ZoneToName implements org.springframework.core.convert.converter.Converter<java.time.ZoneId, String> {

		@Override
		public String convert(java.time.ZoneId zone) {
			return zone.getId();
		}
	}

	@org.springframework.data.convert.ReadingConverter
	static final class NameToZone implements org.springframework.core.convert.converter.Converter<String, java.time.ZoneId> {

		@Override
		public java.time.ZoneId convert(String name) {
			return java.time.ZoneId.of(name);
		}
	}
}
