package kg.usulduk.association.internal;

import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** The methodological theme an association works on in a school year, with its goal, priorities and tasks (001 §6.6). */
@Table(schema = "association", name = "themes")
public record YearTheme(int schoolYear, String theme, String goal, String priorities, String tasks)
		implements ValueObject {

	public YearTheme {
		new SchoolYear(schoolYear);
		theme = TypedText.required("theme", theme, 500);
		goal = TypedText.optionalText("goal", goal, 2000);
		priorities = TypedText.optionalText("priorities", priorities, 4000);
		tasks = TypedText.optionalText("tasks", tasks, 4000);
	}

	SchoolYear year() {
		return new SchoolYear(schoolYear);
	}
}
