package kg.usulduk.planning.internal.plans;

/** The four sections of an association's work plan, as the template of 001 orders them. */
public enum PlanSection {

	/** I. Organisational work. */
	ORGANISATION,

	/** II. Legal literacy of the members. */
	LEGAL_LITERACY,

	/** III. Control over how the subjects are taught. */
	TEACHING_CONTROL,

	/** IV. Methodological work: mentorship, open lessons, seminars, readings, creative reports. */
	METHODOLOGY
}
