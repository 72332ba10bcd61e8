package kg.usulduk.council;

/**
 * 000 §2.3: the events the council organises for the school's teachers: scientific-practical conferences,
 * pedagogical readings, seminars, round tables, methodological competitions and reviews, methodological days.
 */
public enum CouncilEventKind {
	CONFERENCE, PEDAGOGICAL_READINGS, SEMINAR, ROUND_TABLE, COMPETITION, REVIEW, METHODOLOGICAL_DAY
}
