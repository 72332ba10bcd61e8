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

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

	AssociationDirectoryService(AssociationCards cards, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
		this.cards = cards;
		this.jdbc = jdbc;
	}

	@Override
	public List<kg.usulduk.association.AssociationHeading> headings(SchoolId school) {
		return jdbc.sql("""
				SELECT a.id, a.name, a.status = 'OPEN' AS open,
				       (SELECT h.staff_id FROM association.head_terms h WHERE h.association_id = a.id
				        AND h.until IS NULL LIMIT 1) AS head
				FROM association.associations a WHERE a.school_id = :school ORDER BY a.name""")
				.param("school", school.value())
				.query((row, number) -> {
					java.util.UUID head = row.getObject("head", java.util.UUID.class);
					return new kg.usulduk.association.AssociationHeading(
							new kg.usulduk.association.AssociationId(row.getObject("id", java.util.UUID.class)),
							row.getString("name"), head == null ? null : new kg.usulduk.school.StaffId(head),
							row.getBoolean("open"));
				}).list();
	}

	@Override
	public java.util.Map<SchoolId, List<kg.usulduk.association.AssociationHeading>> openHeadings(
			java.util.Collection<SchoolId> schools) {
		java.util.Map<SchoolId, List<kg.usulduk.association.AssociationHeading>> bySchool = new java.util.LinkedHashMap<>();
		if (schools.isEmpty()) {
			return bySchool;
		}
		jdbc.sql("""
				SELECT a.school_id, a.id, a.name,
				       (SELECT h.staff_id FROM association.head_terms h WHERE h.association_id = a.id
				        AND h.until IS NULL LIMIT 1) AS head
				FROM association.associations a WHERE a.school_id IN (:schools) AND a.status = 'OPEN'
				ORDER BY a.name, a.id""")
				.param("schools", schools.stream().map(SchoolId::value).toList())
				.query(row -> {
					java.util.UUID head = row.getObject("head", java.util.UUID.class);
					bySchool.computeIfAbsent(new SchoolId(row.getObject("school_id", java.util.UUID.class)),
							school -> new java.util.ArrayList<>()).add(new kg.usulduk.association.AssociationHeading(
									new kg.usulduk.association.AssociationId(row.getObject("id", java.util.UUID.class)),
									row.getString("name"), head == null ? null : new kg.usulduk.school.StaffId(head), true));
				});
		return bySchool;
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
