package kg.usulduk.planning.internal.thematic;

import java.time.LocalDate;

import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** A topic of a calendar-thematic plan: what is taught, in how many hours, by when; and when it was taught. */
@Table(schema = "planning", name = "thematic_topics")
public record Topic(String title, int hours, LocalDate plannedBy, LocalDate taughtOn) implements ValueObject {

	public Topic {
		title = TypedText.required("topics", title, 300);
		if (hours < 1 || hours > 200) {
			throw RuleViolation.onField("topics", "planning.thematic.hours.range", 1, 200);
		}
		if (plannedBy == null) {
			throw RuleViolation.onField("topics", "validation.required");
		}
	}

	Topic taught(LocalDate on) {
		return new Topic(title, hours, plannedBy, on);
	}
}
