package kg.usulduk.association.internal.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kg.usulduk.association.ProtocolId;
import kg.usulduk.association.internal.Associations;
import kg.usulduk.association.internal.Protocol;
import kg.usulduk.association.internal.Protocols;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.association.internal.Sessions;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.papers.DocumentRenderer;
import kg.usulduk.school.papers.PaperPrinting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The association's signed protocols as the shared kernel publishes final papers: the PDF of a signed protocol
 * by its id, from what was frozen at signing, in the school's document language, whoever asks.
 */
@Component
class ProtocolDocuments implements DocumentRenderer {

	static final String KIND = "association.protocol";

	private final Protocols protocols;
	private final Sessions sessions;
	private final Associations associations;
	private final SessionManagement sessionManagement;
	private final SchoolDirectory schools;
	private final PaperPrinting printing;

	ProtocolDocuments(Protocols protocols, Sessions sessions, Associations associations,
			SessionManagement sessionManagement, SchoolDirectory schools, PaperPrinting printing) {
		this.protocols = protocols;
		this.sessions = sessions;
		this.associations = associations;
		this.sessionManagement = sessionManagement;
		this.schools = schools;
		this.printing = printing;
	}

	@Override
	public String kind() {
		return KIND;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<RenderedDocument> render(SchoolId school, UUID id) {
		return protocols.findByIdAndSchoolId(new ProtocolId(id), school)
				.filter(protocol -> protocol.isSigned() && protocol.frozen() != null)
				.map(protocol -> {
					var session = sessions.findById(protocol.sessionId()).orElseThrow();
					var profile = schools.find(school).orElseThrow();
					Map<String, Object> model = Map.of("protocol", protocol, "meeting", session, "association",
							associations.findById(protocol.associationId()).orElseThrow(), "school", profile, "number",
							sessionManagement.numberInYear(session));
					return printing.rendered(protocol.frozen().body() + " · " + protocol.sessionDate(),
							"association/protocol-print", model, profile, "protocol-" + protocol.sessionDate() + ".pdf");
				});
	}
}
