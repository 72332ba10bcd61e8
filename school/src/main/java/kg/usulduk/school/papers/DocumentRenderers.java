package kg.usulduk.school.papers;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.papers.DocumentRenderer.RenderedDocument;

import org.springframework.stereotype.Component;

/** Every context's renderer of final papers, by kind. */
@Component
public class DocumentRenderers {

	private final Map<String, DocumentRenderer> byKind;

	DocumentRenderers(List<DocumentRenderer> renderers) {
		this.byKind = renderers.stream().collect(Collectors.toUnmodifiableMap(DocumentRenderer::kind, Function.identity()));
	}

	public Set<String> kinds() {
		return byKind.keySet();
	}

	/** The final paper's PDF, or empty for an unknown kind, another school's paper or a draft. */
	public Optional<RenderedDocument> render(String kind, SchoolId school, UUID id) {
		return Optional.ofNullable(byKind.get(kind)).flatMap(renderer -> renderer.render(school, id));
	}
}
