package kg.usulduk.association;

/** What brings an association's teachers together (002 §4.4). */
public enum AssociationKind {
	/** Teachers of one subject, e.g. mathematics. */
	SUBJECT,
	/** Teachers of a cycle of subjects, e.g. natural sciences. */
	SUBJECT_CYCLE,
	/** Teachers sharing a kind of educational work, e.g. class teachers. */
	EDUCATIONAL_WORK
}
