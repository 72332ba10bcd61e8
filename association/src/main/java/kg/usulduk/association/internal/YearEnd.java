package kg.usulduk.association.internal;

import java.time.LocalDate;

import kg.usulduk.association.SessionId;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The deputy's analysis of an association's school year and the directions given at its last session (001 §5.7);
 * with the session's data it forms the year's analysis for the district education department (004, plan I.12).
 */
@Table(schema = "association", name = "year_ends")
public record YearEnd(int schoolYear, String analysis, String directions, SessionId lastSession, StaffId analysedBy,
		LocalDate completedOn) implements ValueObject {

	public YearEnd {
		analysis = TypedText.requiredText("analysis", analysis, 20000);
		directions = TypedText.requiredText("directions", directions, 10000);
	}
}
