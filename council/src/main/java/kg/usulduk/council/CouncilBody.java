package kg.usulduk.council;

/**
 * Which of the school's two collegial bodies a council is. Both meet in sessions with protocols, attendance, votes
 * and decisions; they differ in who chairs and sits on them and in what they decide.
 */
public enum CouncilBody {

	/**
	 * The methodological council (000, 002 §4.3, 003): chaired by a deputy director (003 §4.1), made of the management,
	 * the associations' heads and the creative groups' representatives (003 §3.1).
	 */
	METHODOLOGICAL,

	/**
	 * The school's pedagogical council (001 plan header, 001 §5.2, 003 header and §5.5, 000 §2.3, 004): it adopts the
	 * work plans and the methodological theme, considers regulations before the director approves them, hears the
	 * methodological council's report and its recommendations, and the heads' proposals of awards. Its decisions are
	 * resolutions, numbered in the school year. The seeds name neither its chair nor its members; as in Kyrgyz schools
	 * it is chaired by the director and made of all the pedagogical staff.
	 */
	PEDAGOGICAL;

	/** The address of the body's page. */
	public String path() {
		return this == METHODOLOGICAL ? "/council" : "/council/pedagogical";
	}
}
