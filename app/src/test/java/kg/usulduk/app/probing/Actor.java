package kg.usulduk.app.probing;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import kg.usulduk.app.probing.Worlds.World;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolUser;

import org.springframework.security.core.userdetails.UserDetails;

/**
 * Who calls an endpoint in the probing tests: a person of each account role, and the context roles a plain account
 * role does not tell (the association's head and a member, the council's secretary; the deputy of the test school
 * formed the council and chairs it), and a stranger who has not signed in.
 */
public enum Actor {

	ANONYMOUS(w -> null),
	ADMIN(w -> w.school().admin()),
	DIRECTOR(w -> w.school().director()),
	/** Also the chair of the council: the deputy formed it (003 §4.1). */
	DEPUTY(w -> w.school().deputy()),
	/** A teacher in no association and not on the council. */
	TEACHER(w -> w.school().teacher()),
	DISTRICT_OBSERVER(w -> w.school().observer()),
	/** A teacher who heads the association, and so sits on the council (003 §3.1). */
	HEAD(World::head),
	/** A teacher who is a member of the association. */
	MEMBER(World::member),
	/** A teacher on the council as a creative group's representative, elected its secretary (003 §5.4). */
	SECRETARY(World::secretary),
	/** The deployment's administrator: of no school, keeps the districts and their observers. */
	OPERATOR(w -> Operator.PERSON);

	/** Everyone signed in as a person of the school (the deployment's administrator is of none). */
	public static final Set<Actor> SIGNED_IN = EnumSet.complementOf(EnumSet.of(ANONYMOUS, OPERATOR));

	/** Everyone who works at the school, that is everyone signed in but the district observer. */
	public static final Set<Actor> STAFF = EnumSet.complementOf(EnumSet.of(ANONYMOUS, DISTRICT_OBSERVER, OPERATOR));

	private final Function<World, UserDetails> person;

	Actor(Function<World, UserDetails> person) {
		this.person = person;
	}

	/** Holds the one operator the probes sign in as. */
	private static final class Operator {
		static final UserDetails PERSON = kg.usulduk.school.internal.DeploymentOperator.of("probe-operator",
				"Probe Operator");
	}

	/** The account this actor signs in with in that school, or {@code null} for the stranger. */
	public UserDetails in(World world) {
		return person.apply(world);
	}

	public Role accountRole(World world) {
		UserDetails user = in(world);
		if (user == null) {
			return null;
		}
		return user instanceof SchoolUser person ? person.roles().iterator().next() : Role.DEPLOYMENT_ADMIN;
	}
}
