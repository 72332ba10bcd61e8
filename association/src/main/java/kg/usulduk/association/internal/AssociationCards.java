package kg.usulduk.association.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationId;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.RowMapper;

/**
 * The associations as other contexts' pages name them, each answer one statement: a card is the association's name,
 * its current head and current members (as {@link Association#card()}), not the whole aggregate, whose every
 * collection Spring Data JDBC would read with a statement of its own. A repository, so that a page asking twice is
 * answered once (the read-only transaction's finder cache).
 */
interface AssociationCards extends Repository<Association, AssociationId> {

	String CARDS = """
			select a.id, a.school_id, a.name, a.kind,
			  (select h.staff_id from association.head_terms h
			    where h.association_id = a.id and h.until is null order by h.position limit 1) as head,
			  array(select m.staff_id from association.memberships m
			    where m.association_id = a.id and m.left_on is null order by m.joined_on) as members
			from association.associations a
			""";

	@Query(value = CARDS + " where a.school_id = :school and a.status = 'OPEN' order by a.name",
			rowMapperClass = CardMapper.class)
	List<AssociationCard> findOpen(UUID school);

	@Query(value = CARDS + " where a.id = :id and a.school_id = :school", rowMapperClass = CardMapper.class)
	Optional<AssociationCard> findCard(UUID id, UUID school);

	class CardMapper implements RowMapper<AssociationCard> {

		@Override
		public AssociationCard mapRow(ResultSet row, int number) throws SQLException {
			UUID head = row.getObject("head", UUID.class);
			return new AssociationCard(new AssociationId(row.getObject("id", UUID.class)),
					new SchoolId(row.getObject("school_id", UUID.class)), row.getString("name"),
					AssociationKind.valueOf(row.getString("kind")), head == null ? null : new StaffId(head),
					Arrays.stream((Object[]) row.getArray("members").getArray()).map(id -> new StaffId((UUID) id))
							.toList());
		}
	}
}
