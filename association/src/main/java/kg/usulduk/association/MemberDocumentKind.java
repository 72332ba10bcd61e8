package kg.usulduk.association;

/** The documents of a member that the association approves at a session (001 §3.4–3.5). */
public enum MemberDocumentKind {
	/** 001 §3.4: a teacher's individual work plan. */
	INDIVIDUAL_WORK_PLAN,
	/** 001 §3.5: attestation materials for the transfer or the final exams. */
	EXAM_MATERIALS
}
