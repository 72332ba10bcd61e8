package kg.usulduk.school;

/**
 * Nothing of that id exists for the asking user. Also what another school's data looks like: one school's
 * users are never told that another school's record exists.
 */
public class NotFound extends RuntimeException {

	public NotFound(String what, Object id) {
		super(what + " " + id + " not found");
	}
}
