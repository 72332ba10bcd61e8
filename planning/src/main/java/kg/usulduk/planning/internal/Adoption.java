package kg.usulduk.planning.internal;

import java.time.LocalDate;

import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.PedagogicalResolutions;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolYear;

import org.jmolecules.ddd.types.ValueObject;

/**
 * "Adopted by the pedagogical council's resolution № … of …" (001 plan header): the resolution a paper of planning was
 * adopted by, as it read when it was recorded (its number and day), with the reference that names it in the council.
 *
 * @param session the pedagogical council's session whose protocol adopted it
 * @param item    the question's number in that protocol (from 1)
 * @param number  the resolution's number in the school year
 * @param date    the day of the session
 */
public record Adoption(CouncilSessionId session, int item, int number, LocalDate date) implements ValueObject {

	/**
	 * 001 plan header, 001 §5.2, §6.6: a paper of a school year is adopted by a resolution of that year's pedagogical
	 * council that adopts such papers — the work plans for a plan, the theme for the theme.
	 */
	public static Adoption by(PedagogicalResolutions.Resolution resolution, SchoolYear year, DecisionKind adopting) {
		if (resolution == null) {
			throw RuleViolation.onField("resolution", "planning.adoption.unknown");
		}
		if (!year.contains(resolution.adoptedOn())) {
			throw RuleViolation.onField("resolution", "planning.adoption.otherYear", year.toString());
		}
		if (resolution.kind() != adopting) {
			throw RuleViolation.onField("resolution", "planning.adoption.wrongKind");
		}
		return new Adoption(resolution.session(), resolution.item(), resolution.number(), resolution.adoptedOn());
	}

	/** The reference a form sends as "session:item"; null when it is not one. */
	public static PedagogicalResolutions.ResolutionRef refOf(String value) {
		if (value == null) {
			return null;
		}
		java.util.regex.Matcher match = java.util.regex.Pattern
				.compile("([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}):([1-9][0-9]{0,3})")
				.matcher(value.strip());
		if (!match.matches()) {
			return null;
		}
		return new PedagogicalResolutions.ResolutionRef(CouncilSessionId.of(match.group(1)),
				Integer.parseInt(match.group(2)));
	}

	/** The value a form sends for a resolution. */
	public static String formValue(PedagogicalResolutions.Resolution resolution) {
		return resolution.session() + ":" + resolution.item();
	}

	public PedagogicalResolutions.ResolutionRef ref() {
		return new PedagogicalResolutions.ResolutionRef(session, item);
	}
}
