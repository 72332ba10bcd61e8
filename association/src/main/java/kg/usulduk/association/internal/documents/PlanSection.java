package kg.usulduk.association.internal.documents;

/**
 * The sections of a teacher's individual work plan (001 §3.4), one per kind of work a member owes the association
 * (001 §8).
 */
public enum PlanSection {
	/** 001 §8.1: raising one's professional skill (courses, self-education). */
	PROFESSIONAL_GROWTH("growth"),
	/** 001 §8.2, §8.4: the association's sessions, practical and scientific seminars, its methodological work. */
	ASSOCIATION_WORK("associationWork"),
	/** 001 §8.3: analysing one's own teaching. */
	SELF_ANALYSIS("selfAnalysis"),
	/** 001 §8.5–8.6: materials for the subject, its diagnosis and planning. */
	MATERIALS("materials"),
	/** 001 §8.7–8.8: sharing experience: open lessons, creative reports. */
	SHARING_EXPERIENCE("sharing"),
	/** 001 §8.9: helping young teachers. */
	YOUNG_TEACHERS("youngTeachers"),
	/** 001 §8.10: scientific-practical conferences for teachers and pupils. */
	CONFERENCES("conferences");

	private final String field;

	PlanSection(String field) {
		this.field = field;
	}

	/** The form field that holds this section's lines. */
	public String field() {
		return field;
	}
}
