package kg.usulduk.school;

/**
 * The duties the regulations give "the deputy director", which a school may split between a deputy for teaching
 * and upbringing work and a deputy for methodological work, or leave to one person. Unassigned, a duty belongs to
 * every deputy of the school (the common case of a single deputy).
 */
public enum DeputyDuty {

	/** 001 §5.3, §5.7: agrees the associations' work plans and analyses their year at its last session. */
	AGREES_PLANS_AND_ANALYSES_YEAR,

	/** 001 §9, 002 §4.3: controls the associations' work (opens them, keeps their members and heads). */
	CONTROLS_ASSOCIATIONS,

	/** 003 §4.1, 002 §4.3: chairs the methodological council. */
	CHAIRS_COUNCIL
}
