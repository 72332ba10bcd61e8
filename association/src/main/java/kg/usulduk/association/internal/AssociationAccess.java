package kg.usulduk.association.internal;

import kg.usulduk.school.DeputyDuty;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what in the associations, the one place it is decided. Deputy and director: everything in
 * their school's associations. The head: their association's sessions, protocols, activities, theme and members'
 * topics. A member: reads their associations, records their own visits' analysis and self-education topic.
 * Other staff read the list and the schedule. A district observer reads the associations of the district's schools.
 */
@Component
public class AssociationAccess {

	private final SchoolDirectory schools;

	AssociationAccess(SchoolDirectory schools) {
		this.schools = schools;
	}

	/** The school the person may read, or not found: other schools are never confirmed to exist. */
	public SchoolProfile readableSchool(SchoolUser actor, SchoolId school) {
		return schools.readableBy(actor, school);
	}

	/** The association's papers: sessions, protocols, activities, members' topics. */
	public boolean mayReadPapers(SchoolUser actor, Association association) {
		if (!actor.schoolId().equals(association.schoolId())) {
			return actor.hasRole(Role.DISTRICT_OBSERVER);
		}
		// The deputy who analyses the year (001 §5.7) reads what they analyse, even where another deputy controls.
		return manages(actor, association) || analysesYear(actor, association) || association.isMember(actor.staffId())
				|| actor.hasRole(Role.DISTRICT_OBSERVER) || wasMember(actor, association);
	}

	private static boolean wasMember(SchoolUser actor, Association association) {
		return association.memberships().stream().anyMatch(m -> m.staffId().equals(actor.staffId()));
	}

	public void requirePapersReader(SchoolUser actor, Association association) {
		readableSchool(actor, association.schoolId());
		if (!mayReadPapers(actor, association)) {
			throw new AccessDeniedException("Only the association's members and the school's management read its papers");
		}
	}

	/**
	 * The director, and the deputy who controls the associations (001 §9, 002 §4.3; every deputy where the school
	 * gave that duty to nobody), of the association's own school.
	 */
	public boolean manages(SchoolUser actor, Association association) {
		return actor.schoolId().equals(association.schoolId()) && controls(actor);
	}

	private boolean controls(SchoolUser actor) {
		if (actor.hasRole(Role.DIRECTOR)) {
			return true;
		}
		return actor.hasRole(Role.DEPUTY) && schools.find(actor.schoolId())
				.map(profile -> profile.holdsDuty(actor, DeputyDuty.CONTROLS_ASSOCIATIONS)).orElse(false);
	}

	/**
	 * 001 §5.7: the deputy who analyses the associations' year (every deputy where the school gave that duty to
	 * nobody); not the director.
	 */
	public boolean analysesYear(SchoolUser actor, Association association) {
		return actor.schoolId().equals(association.schoolId()) && actor.hasRole(Role.DEPUTY)
				&& schools.find(actor.schoolId())
						.map(profile -> profile.holdsDuty(actor, DeputyDuty.AGREES_PLANS_AND_ANALYSES_YEAR)).orElse(false);
	}

	/** The management, or the association's current head. */
	public boolean leads(SchoolUser actor, Association association) {
		return manages(actor, association)
				|| (actor.schoolId().equals(association.schoolId()) && association.isHead(actor.staffId()));
	}

	public boolean mayOpenAssociations(SchoolUser actor) {
		return controls(actor);
	}

	public void requireOpener(SchoolUser actor) {
		require(mayOpenAssociations(actor), "Associations are opened by the deputy or the director");
	}

	public void requireManager(SchoolUser actor, Association association) {
		require(manages(actor, association), "Requires the deputy or the director");
	}

	public void requireLeader(SchoolUser actor, Association association) {
		require(leads(actor, association), "Requires the head, the deputy or the director");
	}

	private static void require(boolean allowed, String why) {
		if (!allowed) {
			throw new AccessDeniedException(why);
		}
	}
}
