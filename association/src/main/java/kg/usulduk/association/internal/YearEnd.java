package kg.usulduk.association.internal;

import java.time.LocalDate;

import kg.usulduk.association.SessionId;
import kg.usulduk.association.YearAnalysisRecipient;
import kg.usulduk.school.RuleViolation;
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
		LocalDate completedOn, YearAnalysisRecipient handedTo, LocalDate handedOn, StaffId handedBy)
		implements ValueObject {

	/** The analysis as it is given, not yet handed in. */
	public YearEnd(int schoolYear, String analysis, String directions, SessionId lastSession, StaffId analysedBy,
			LocalDate completedOn) {
		this(schoolYear, analysis, directions, lastSession, analysedBy, completedOn, null, null, null);
	}

	public YearEnd {
		analysis = TypedText.requiredText("analysis", analysis, 20000);
		directions = TypedText.requiredText("directions", directions, 10000);
	}

	public boolean isHandedIn() {
		return handedTo != null;
	}

	/**
	 * 004 papers 4, plan I.12: the year's analysis handed in, once, on a day between its completion and today.
	 */
	YearEnd handedIn(YearAnalysisRecipient to, LocalDate on, StaffId by, LocalDate today) {
		if (isHandedIn()) {
			throw RuleViolation.of("association.yearEnd.alreadyHandedIn");
		}
		if (to == null) {
			throw RuleViolation.onField("recipient", "validation.required");
		}
		if (on == null || on.isBefore(completedOn) || on.isAfter(today)) {
			throw RuleViolation.onField("handedOn", "association.yearEnd.handedOnRange");
		}
		return new YearEnd(schoolYear, analysis, directions, lastSession, analysedBy, completedOn, to, on, by);
	}
}
