package kg.usulduk.association.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.association.AssociationId;
import kg.usulduk.school.SchoolId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The association's cards for other contexts, each answer one statement ({@link AssociationCards}). */
@Service
@Transactional(readOnly = true)
class AssociationDirectoryService implements AssociationDirectory {

	private final AssociationCards cards;

	AssociationDirectoryService(AssociationCards cards) {
		this.cards = cards;
	}

	@Override
	public List<AssociationCard> openAssociations(SchoolId school) {
		return cards.findOpen(school.value());
	}

	@Override
	public Optional<AssociationCard> find(SchoolId school, AssociationId association) {
		return cards.findCard(association.value(), school.value());
	}
}
