package kg.usulduk.school.papers;

import java.util.Objects;

import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;

/**
 * A person as a final paper names them: their name and position on the day it became final, and what the paper
 * notes beside them ({@code note}: why someone was absent), or empty.
 */
public record PaperPerson(StaffId staffId, String fullName, String position, String note) implements ValueObject {

	public PaperPerson {
		Objects.requireNonNull(staffId, "a paper names a staff member");
		fullName = fullName == null ? "" : fullName;
		position = position == null ? "" : position;
		note = note == null ? "" : note;
	}

	/** A person named without a note. */
	public PaperPerson(StaffId staffId, String fullName, String position) {
		this(staffId, fullName, position, "");
	}

	/** The name as a line of the paper lists it: with the note in brackets where there is one. */
	public String listed() {
		return note.isEmpty() ? fullName : fullName + " (" + note + ")";
	}
}
