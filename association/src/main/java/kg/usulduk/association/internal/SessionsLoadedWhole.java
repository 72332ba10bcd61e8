package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.SessionId;
import kg.usulduk.school.SchoolId;

/**
 * {@link Sessions}' finders, each session with its agenda, participants and moves in the one statement that finds
 * it: a year's sessions on a page are one statement, not four per session.
 */
public interface SessionsLoadedWhole {

	Optional<Session> findById(SessionId id);

	Optional<Session> findByIdAndSchoolId(SessionId id, SchoolId school);

	List<Session> findByAssociationIdAndDateBetweenOrderByDateAscTimeAsc(AssociationId association, LocalDate from,
			LocalDate to);
}
