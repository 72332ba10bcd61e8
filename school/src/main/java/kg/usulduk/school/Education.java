package kg.usulduk.school;

/** A staff member's education, as the association's data bank counts it (001 §6.9). */
public enum Education {
	HIGHER, INCOMPLETE_HIGHER, SECONDARY_VOCATIONAL, SECONDARY
}
