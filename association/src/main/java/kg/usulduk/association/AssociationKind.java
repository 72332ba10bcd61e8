package kg.usulduk.association;

/** What brings an association's teachers together (002 §4.4). */
public enum AssociationKind {
	/** Teachers of one subject, e.g. mathematics. */
	SUBJECT,
	/** Teachers of a cycle of subjects, e.g. natural sciences. */
	SUBJECT_CYCLE,
	/** Teachers sharing a kind of educational work, e.g. class teachers. */
	EDUCATIONAL_WORK,
	/** 002 §2.1, 003 §3.1: a creative group of teachers, gathered around a problem rather than a subject. */
	CREATIVE_GROUP,
	/** 002 §2.1: a problem group of teachers working on one methodological problem. */
	PROBLEM_GROUP;

	/**
	 * A creative or problem group: it works on a problem instead of a subject, keeps no minimum of sessions, and its
	 * head represents it on the methodological council (003 §3.1).
	 */
	public boolean isGroup() {
		return this == CREATIVE_GROUP || this == PROBLEM_GROUP;
	}
}
