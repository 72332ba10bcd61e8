package kg.usulduk.bench.generate;

/**
 * Writes one context's rows for one school. A context that lands (mentorship, evaluation, archive) adds its writer
 * to {@link Generator#WRITERS} after the contexts it listens to; the {@link SchoolData} facts of the writers before it
 * stand in for the events it would have received.
 */
interface ContextWriter {

	/** Rows not tied to a school (the districts), written once before the first school. */
	default void start(World world, Copy copy) {
	}

	void write(SchoolData school, Copy copy);
}
