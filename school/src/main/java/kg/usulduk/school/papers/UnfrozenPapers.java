package kg.usulduk.school.papers;

/**
 * A context's papers that became final before their contents were frozen with them (signed before an upgrade).
 * {@link FrozenPaperBackfill} asks each implementation, at start, to freeze a batch until none is left.
 */
public interface UnfrozenPapers {

	/** What these papers are, for the log, e.g. "association protocols". */
	String what();

	/** Freezes up to one batch of final papers that have no frozen contents yet; returns how many it froze. */
	int freezeBatch();
}
