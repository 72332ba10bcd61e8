package kg.usulduk.mentorship;

/** What a mentor and a young teacher met for (plan IV.1.B, IV.2). */
public enum MeetingKind {
	/** A consultation: a question of the young teacher's, a document, a difficulty. */
	CONSULTATION,
	/** The mentor visits the young teacher's lesson (plan IV.2), with an observation sheet. */
	MENTOR_VISITS_LESSON,
	/** The young teacher visits the mentor's lesson (plan IV.2), with what they took from it. */
	YOUNG_TEACHER_VISITS_LESSON,
	/** Planning a lesson together. */
	JOINT_LESSON_PLANNING,
	OTHER;

	/** A lesson visit: it carries an observation sheet and counts as a mutual visit for the association (001 §3.7). */
	public boolean isLessonVisit() {
		return this == MENTOR_VISITS_LESSON || this == YOUNG_TEACHER_VISITS_LESSON;
	}
}
