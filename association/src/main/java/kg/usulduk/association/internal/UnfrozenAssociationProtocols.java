package kg.usulduk.association.internal;

import java.util.List;

import kg.usulduk.school.papers.UnfrozenPapers;

import org.springframework.stereotype.Component;

/** Association protocols signed before what they show was frozen with them (see the kernel's backfill). */
@Component
class UnfrozenAssociationProtocols implements UnfrozenPapers {

	private final Protocols protocols;
	private final SessionManagement sessions;

	UnfrozenAssociationProtocols(Protocols protocols, SessionManagement sessions) {
		this.protocols = protocols;
		this.sessions = sessions;
	}

	@Override
	public String what() {
		return "association protocols";
	}

	@Override
	public int freezeBatch() {
		List<Protocol> signed = protocols.findSignedWithoutFrozenPaper();
		signed.forEach(protocol -> {
			sessions.freezeIfSigned(protocol);
			protocols.save(protocol);
		});
		return signed.size();
	}
}
