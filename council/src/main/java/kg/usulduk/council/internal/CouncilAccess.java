package kg.usulduk.council.internal;

import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in the council, decided in one place. The chair (the deputy) and the director: everything.
 * The secretary: the protocols. Members and the district observer: read. Other staff: the decisions that concern
 * them.
 */
@Component
public class CouncilAccess {

	private final SchoolDirectory schools;

	CouncilAccess(SchoolDirectory schools) {
		this.schools = schools;
	}

	public SchoolProfile readableSchool(SchoolUser actor, SchoolId school) {
		return schools.readableBy(actor, school);
	}

	/** The deputy or the director forms the year's council. */
	public boolean mayForm(SchoolUser actor) {
		return actor.hasAnyRole(Role.DEPUTY, Role.DIRECTOR);
	}

	/** The chair and the director of the council's own school. */
	public boolean manages(SchoolUser actor, Council council) {
		return actor.schoolId().equals(council.schoolId())
				&& (council.isChair(actor.staffId()) || actor.hasRole(Role.DIRECTOR));
	}

	/** The chair, the director, or the secretary: who keeps the protocols. */
	public boolean keepsProtocols(SchoolUser actor, Council council) {
		return manages(actor, council)
				|| (actor.schoolId().equals(council.schoolId()) && council.isSecretary(actor.staffId()));
	}

	/** The council's papers: its members, management, and the district observer. */
	public boolean readsPapers(SchoolUser actor, Council council) {
		if (!actor.schoolId().equals(council.schoolId())) {
			return actor.hasRole(Role.DISTRICT_OBSERVER);
		}
		return manages(actor, council) || council.isMember(actor.staffId())
				|| actor.hasAnyRole(Role.DEPUTY, Role.DIRECTOR, Role.DISTRICT_OBSERVER);
	}

	/** The director forms the pedagogical council, which the director chairs. */
	public boolean mayForm(SchoolUser actor, kg.usulduk.council.CouncilBody body) {
		return body == kg.usulduk.council.CouncilBody.PEDAGOGICAL ? actor.hasRole(Role.DIRECTOR) : mayForm(actor);
	}

	public void requireFormer(SchoolUser actor, kg.usulduk.council.CouncilBody body) {
		require(mayForm(actor, body), "This council is formed by the director");
	}

	public void requireFormer(SchoolUser actor) {
		require(mayForm(actor), "The council is formed by the deputy or the director");
	}

	public void requireManager(SchoolUser actor, Council council) {
		require(manages(actor, council), "Requires the chair or the director");
	}

	public void requireProtocolKeeper(SchoolUser actor, Council council) {
		require(keepsProtocols(actor, council), "Requires the chair, the director or the secretary");
	}

	public void requirePapersReader(SchoolUser actor, Council council) {
		readableSchool(actor, council.schoolId());
		require(readsPapers(actor, council), "Only the council's members and the management read its papers");
	}

	private static void require(boolean allowed, String why) {
		if (!allowed) {
			throw new AccessDeniedException(why);
		}
	}
}
