package kg.usulduk.association.internal;

import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** The topic a member studies on their own in a school year (001 §6.10). */
@Table(schema = "association", name = "self_education_topics")
public record SelfEducationTopic(StaffId staffId, int schoolYear, String topic) implements ValueObject {

	public SelfEducationTopic {
		new SchoolYear(schoolYear);
		topic = TypedText.required("topic", topic, 500);
	}
}
