package kg.usulduk.council;

/** Why a person sits on the council (003 §3.1), or on the pedagogical council. */
public enum MemberRole {
	/** The deputy director who chairs the methodological council (003 §4.1); the director who chairs the pedagogical. */
	CHAIR,
	/** Management staff of the school's educational process. */
	MANAGEMENT,
	/** The head of a methodical association, for as long as they head it. */
	ASSOCIATION_HEAD,
	/** A representative of a creative group of teachers. */
	CREATIVE_GROUP,
	/** A member of the school's pedagogical staff, who sits on the pedagogical council. */
	PEDAGOGICAL_STAFF
}
