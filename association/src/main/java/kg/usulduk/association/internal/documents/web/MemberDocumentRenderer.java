package kg.usulduk.association.internal.documents.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kg.usulduk.association.MemberDocumentId;
import kg.usulduk.association.internal.Associations;
import kg.usulduk.association.internal.documents.MemberDocuments;
import kg.usulduk.association.internal.documents.PlanSection;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.papers.DocumentRenderer;
import kg.usulduk.school.papers.PaperPrinting;
import kg.usulduk.school.web.StaffNames;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' approved documents (001 §3.4–3.5) as the shared kernel publishes final papers: the PDF of an approved
 * version by its id, with the author and the approving protocol's signers as they were frozen, in the school's
 * document language. A draft or a submitted document is not final and is not rendered.
 */
@Component
class MemberDocumentRenderer implements DocumentRenderer {

	static final String KIND = "association.memberDocument";

	private final MemberDocuments documents;
	private final Associations associations;
	private final SchoolDirectory schools;
	private final StaffNames names;
	private final PaperPrinting printing;

	MemberDocumentRenderer(MemberDocuments documents, Associations associations, SchoolDirectory schools,
			StaffNames names, PaperPrinting printing) {
		this.documents = documents;
		this.associations = associations;
		this.schools = schools;
		this.names = names;
		this.printing = printing;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RenderedDocument> render(SchoolId school, UUID id) {
		return documents.findByIdAndSchoolId(new MemberDocumentId(id), school)
			.filter(document -> document.approval().isFinal() && document.frozen() != null)
			.map(document -> {
				var profile = schools.find(school).orElseThrow();
				Map<String, Object> model = Map.of("document", document, "association",
						associations.findById(document.associationId()).orElseThrow(), "school", profile, "sections",
						PlanSection.values(), "names", names.of(school, List.of(document.author())));
				return printing.rendered(document.title(), "association/document-print", model, profile,
						"document-" + document.schoolYear().startYear() + "-" + id.toString().substring(0, 8) + ".pdf");
			});
	}
}
