package kg.usulduk.council;

/** Why a person sits on the council (003 §3.1). */
public enum MemberRole {
	/** The deputy director who chairs it (003 §4.1). */
	CHAIR,
	/** Management staff of the school's educational process. */
	MANAGEMENT,
	/** The head of a methodical association, for as long as they head it. */
	ASSOCIATION_HEAD,
	/** A representative of a creative group of teachers. */
	CREATIVE_GROUP
}
