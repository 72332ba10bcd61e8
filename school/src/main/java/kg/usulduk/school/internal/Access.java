package kg.usulduk.school.internal;

import kg.usulduk.school.NotFound;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolUser;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Who may see and change what in the school context. The one place these decisions are made. */
@Component
public class Access {

	private final Schools schools;

	Access(Schools schools) {
		this.schools = schools;
	}

	/**
	 * The school the person may read, or not found: one school's users are never told another school exists.
	 */
	public School readableSchool(SchoolUser actor, SchoolId school) {
		School found = schools.findById(school).orElseThrow(() -> new NotFound("school", school));
		if (!actor.mayRead(school, found.districtId())) {
			throw new NotFound("school", school);
		}
		return found;
	}

	/** Staff records are kept by the administrator and the director. */
	public void requireStaffKeeper(SchoolUser actor) {
		require(actor, Role.ADMIN, Role.DIRECTOR);
	}

	/** School settings and the calendar are set by the administrator and the director. */
	public void requireSettingsKeeper(SchoolUser actor) {
		require(actor, Role.ADMIN, Role.DIRECTOR);
	}

	/** Accounts are the administrator's alone. */
	public void requireAdministrator(SchoolUser actor) {
		require(actor, Role.ADMIN);
	}

	public boolean maySetSettings(SchoolUser actor) {
		return actor.hasAnyRole(Role.ADMIN, Role.DIRECTOR);
	}

	public boolean mayKeepStaff(SchoolUser actor) {
		return actor.hasAnyRole(Role.ADMIN, Role.DIRECTOR);
	}

	private static void require(SchoolUser actor, Role... roles) {
		if (!actor.hasAnyRole(roles)) {
			throw new AccessDeniedException("Requires one of " + java.util.Arrays.toString(roles));
		}
	}
}
