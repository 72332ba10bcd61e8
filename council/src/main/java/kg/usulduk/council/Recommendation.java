package kg.usulduk.council;

/**
 * What the council recommends a teacher for (000 §2.3): the evaluation context opens a character reference or a
 * nomination from it.
 */
public enum Recommendation {

	/** 000 §2.3, 001 §7.7: attestation to a named qualification category. */
	ATTESTATION_CATEGORY,
	/** 000 §2.3: a title (e.g. "Excellent worker of education"), named. */
	TITLE,
	/** 000 §2.3, 004: an award, named. */
	AWARD,
	/** 001 §7.8: the "Жыл мугалими" (Teacher of the Year) nomination. */
	TEACHER_OF_THE_YEAR,
	/** 001 §7.8: the "Мыкты класс жетекчи" (Best Class Teacher) nomination. */
	BEST_CLASS_TEACHER;

	/** Whether the recommendation names what (the category, the title, the award). */
	public boolean namesWhat() {
		return this == ATTESTATION_CATEGORY || this == TITLE || this == AWARD;
	}
}
