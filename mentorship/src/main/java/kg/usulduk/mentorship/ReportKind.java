package kg.usulduk.mentorship;

/** What is submitted at the end of a term (plan IV.1 item 1): the young teacher's report, the mentor's reference. */
public enum ReportKind {
	/** The young teacher reports on what they did and learnt. */
	YOUNG_TEACHER_REPORT,
	/** The mentor's character reference of the young teacher (мүнөздөмө). */
	MENTOR_REFERENCE
}
