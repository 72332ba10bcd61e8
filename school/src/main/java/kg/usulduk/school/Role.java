package kg.usulduk.school;

/**
 * What an account may do across the school. Roles inside a context (association head, council secretary,
 * mentor) are not account roles: each context derives them from its own records.
 */
public enum Role {

	/** Accounts, school settings, retention jobs. */
	ADMIN,

	/** Approves plans, issues orders (001 §5.3, §6.1–6.2). */
	DIRECTOR,

	/** Deputy director for methodological work: chairs the council, supervises associations (003 §4.1, 001 §9). */
	DEPUTY,

	/** A teacher or class teacher: member of associations (001 §7–8). */
	TEACHER,

	/**
	 * The district education department: reads the schools of the one district it was granted, changes nothing.
	 * Only the deployment's administrator grants it (never a school's own administrator).
	 */
	DISTRICT_OBSERVER,

	/**
	 * The deployment's administrator, above every school: keeps the list of districts and their schools and
	 * grants {@link #DISTRICT_OBSERVER}. Held by operators created from configuration, never by a school's
	 * account, and reads no school's records.
	 */
	DEPLOYMENT_ADMIN;

	/** The roles a school's administrator may give its own accounts. */
	public static java.util.Set<Role> grantableBySchool() {
		return java.util.EnumSet.of(ADMIN, DIRECTOR, DEPUTY, TEACHER);
	}

	/** The authority name Spring Security checks, e.g. {@code ROLE_ADMIN}. */
	public String authority() {
		return "ROLE_" + name();
	}
}
