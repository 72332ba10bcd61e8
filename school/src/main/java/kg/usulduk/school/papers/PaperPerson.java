package kg.usulduk.school.papers;

import java.util.Objects;

import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;

/** A person as a final paper names them: their name and position on the day it became final. */
public record PaperPerson(StaffId staffId, String fullName, String position) implements ValueObject {

	public PaperPerson {
		Objects.requireNonNull(staffId, "a paper names a staff member");
		fullName = fullName == null ? "" : fullName;
		position = position == null ? "" : position;
	}
}
