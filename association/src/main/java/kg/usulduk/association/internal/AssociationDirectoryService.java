package kg.usulduk.association.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.association.AssociationId;
import kg.usulduk.school.SchoolId;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class AssociationDirectoryService implements AssociationDirectory {

	private final Associations associations;

	AssociationDirectoryService(Associations associations) {
		this.associations = associations;
	}

	@Override
	public List<AssociationCard> openAssociations(SchoolId school) {
		return associations.findBySchoolIdOrderByName(school).stream().filter(Association::isOpen)
				.map(Association::card).toList();
	}

	@Override
	public Optional<AssociationCard> find(SchoolId school, AssociationId association) {
		return associations.findByIdAndSchoolId(association, school).map(Association::card);
	}
}
