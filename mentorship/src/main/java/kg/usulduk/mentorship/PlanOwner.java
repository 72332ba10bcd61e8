package kg.usulduk.mentorship;

/** Whose plan (plan IV.1.B): the mentor's individual plan or the young teacher's development plan. */
public enum PlanOwner {
	MENTOR, YOUNG_TEACHER
}
