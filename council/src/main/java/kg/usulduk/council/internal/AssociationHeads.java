package kg.usulduk.council.internal;

import kg.usulduk.association.AssociationClosed;
import kg.usulduk.association.HeadChanged;
import kg.usulduk.school.SchoolYear;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * 003 §3.1: the heads of the associations sit on the council. Kept current from the association context's events,
 * never typed twice; applying an event twice changes nothing.
 */
@Component
class AssociationHeads {

	private final Councils councils;
	private final kg.usulduk.association.AssociationDirectory associations;

	AssociationHeads(Councils councils, kg.usulduk.association.AssociationDirectory associations) {
		this.councils = councils;
		this.associations = associations;
	}

	@ApplicationModuleListener
	void on(HeadChanged event) {
		councils.findBySchoolIdAndSchoolYear(event.school(), SchoolYear.of(event.since()).startYear())
				.ifPresent(council -> {
					// 003 §3.1: a creative or problem group's head sits as its representative.
					boolean group = associations.find(event.school(), event.association())
							.map(card -> card.kind().isGroup()).orElse(false);
					if (council.headChanged(event.association(), event.head(), group, event.since())) {
						councils.save(council);
					}
				});
	}

	@ApplicationModuleListener
	void on(AssociationClosed event) {
		councils.findBySchoolIdAndSchoolYear(event.school(), SchoolYear.of(event.closedOn()).startYear())
				.ifPresent(council -> {
					if (council.associationClosed(event.association(), event.closedOn())) {
						councils.save(council);
					}
				});
	}
}
