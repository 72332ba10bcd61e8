package kg.usulduk.school.papers;

import java.util.Optional;
import java.util.UUID;

import kg.usulduk.school.SchoolId;

/**
 * How a context publishes the PDF of its final papers of one kind, so that another context (the archive) can
 * obtain it by id without knowing the owner's tables or templates. Implemented as a bean by the owning context.
 */
public interface DocumentRenderer {

	/** The kind this renderer prints, unique across contexts, e.g. {@code association.protocol}. */
	String kind();

	/**
	 * The final paper's PDF as it was frozen, in the school's language, or empty when the school has no final
	 * paper of this kind with this id (drafts are not final and are not rendered).
	 */
	Optional<RenderedDocument> render(SchoolId school, UUID id);

	/** A rendered final paper: its title, a file name and the PDF's bytes. */
	record RenderedDocument(String title, String fileName, byte[] pdf) {
	}
}
