package kg.usulduk.council.internal.web;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kg.usulduk.council.CouncilProtocolId;
import kg.usulduk.council.internal.CouncilManagement;
import kg.usulduk.council.internal.CouncilProtocols;
import kg.usulduk.council.internal.CouncilSessions;
import kg.usulduk.council.internal.Councils;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.papers.DocumentRenderer;
import kg.usulduk.school.papers.PaperPrinting;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's signed protocols as the shared kernel publishes final papers: the PDF of a signed protocol by
 * its id, from what was frozen at signing, in the school's document language, whoever asks.
 */
@Component
class CouncilProtocolDocuments implements DocumentRenderer {

	static final String KIND = "council.protocol";

	private final CouncilProtocols protocols;
	private final CouncilSessions sessions;
	private final Councils councils;
	private final CouncilManagement management;
	private final SchoolDirectory schools;
	private final PaperPrinting printing;

	CouncilProtocolDocuments(CouncilProtocols protocols, CouncilSessions sessions, Councils councils,
			CouncilManagement management, SchoolDirectory schools, PaperPrinting printing) {
		this.protocols = protocols;
		this.sessions = sessions;
		this.councils = councils;
		this.management = management;
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
		return protocols.findByIdAndSchoolId(new CouncilProtocolId(id), school)
				.filter(protocol -> protocol.isSigned() && protocol.frozen() != null)
				.map(protocol -> {
					var session = sessions.findById(protocol.sessionId()).orElseThrow();
					var council = councils.findById(protocol.councilId()).orElseThrow();
					var profile = schools.find(school).orElseThrow();
					Map<String, Object> model = Map.of("protocol", protocol, "meeting", session, "council", council,
							"school", profile, "number", management.numberOf(session, council));
					return printing.rendered(protocol.frozen().school() + " · " + protocol.sessionDate(),
							"council/protocol-print", model, profile, "council-protocol-" + protocol.sessionDate() + ".pdf");
				});
	}
}
