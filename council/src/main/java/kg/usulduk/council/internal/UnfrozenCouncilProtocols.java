package kg.usulduk.council.internal;

import java.util.List;

import kg.usulduk.school.papers.UnfrozenPapers;

import org.springframework.stereotype.Component;

/** Council protocols signed before what they show was frozen with them (see the kernel's backfill). */
@Component
class UnfrozenCouncilProtocols implements UnfrozenPapers {

	private final CouncilProtocols protocols;
	private final CouncilManagement management;

	UnfrozenCouncilProtocols(CouncilProtocols protocols, CouncilManagement management) {
		this.protocols = protocols;
		this.management = management;
	}

	@Override
	public String what() {
		return "council protocols";
	}

	@Override
	public int freezeBatch() {
		List<CouncilProtocol> signed = protocols.findSignedWithoutFrozenPaper();
		signed.forEach(protocol -> {
			management.freezeIfSigned(protocol);
			protocols.save(protocol);
		});
		return signed.size();
	}
}
