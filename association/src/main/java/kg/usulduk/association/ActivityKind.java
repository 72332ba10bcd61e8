package kg.usulduk.association;

/** The work of an association besides its sessions (001 §3–4, §6.7, §6.10–6.11; 004). */
public enum ActivityKind {
	/** 001 §6.7, 004: a member gives an open lesson. */
	OPEN_LESSON,
	/** 001 §6.7: an extracurricular event. */
	EXTRACURRICULAR_EVENT,
	/** 001 §3.7: a member visits a colleague's lesson and analyses it. */
	LESSON_VISIT,
	/** 001 §6.11: a subject week. */
	SUBJECT_WEEK,
	/** 001 §6.11: a subject decade. */
	SUBJECT_DECADE,
	/** 001 §3.13: the school's first round of an olympiad. */
	OLYMPIAD_ROUND,
	/** 001 §3.13: a contest or review. */
	CONTEST,
	/** 001 §5.6: a practical seminar with thematic open lessons and extracurricular events. */
	PRACTICAL_SEMINAR,
	/** 001 §6.10, plan IV.7: a member's creative report. */
	CREATIVE_REPORT,
	/** Plan IV.3: a seminar-training for the members. */
	SEMINAR_TRAINING,
	/** Plan IV.4, 001 §3.17: methodological (pedagogical) readings. */
	METHODOLOGICAL_READINGS,
	/** Plan IV.5: an exhibition of methodological work or pupils' work. */
	EXHIBITION,
	/** Plan IV.6: a business game. */
	BUSINESS_GAME,
	/** 001 §6.10: a member reports on the courses they attended. */
	COURSE_REPORT,
	/** 001 §6.10: a member reports on a creative trip (visits to other schools). */
	CREATIVE_TRIP_REPORT;

	/** 001 §5.6: the kinds that make a practical seminar's programme: thematic open lessons and extracurricular events. */
	public boolean belongsToSeminarProgramme() {
		return this == OPEN_LESSON || this == EXTRACURRICULAR_EVENT;
	}

	/** Kinds that last several days and so have an end date. */
	public boolean spansDays() {
		return this == SUBJECT_WEEK || this == SUBJECT_DECADE;
	}
}
