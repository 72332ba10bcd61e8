package kg.usulduk.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;

/**
 * The resolutions the school's pedagogical council adopted in a school year, as its signed protocols list them: what
 * other contexts refer to when a paper says "adopted by the pedagogical council's resolution № … of …" (001 plan
 * header). A resolution is named by its session and its place in the protocol, which a correction of the protocol
 * keeps.
 */
public interface PedagogicalResolutions {

	/**
	 * One adopted resolution: its number in the year (№ 1, 2, … in the order of the sessions and of the protocols'
	 * questions), the day of the session, the question and the decision.
	 */
	record Resolution(CouncilSessionId session, int item, int number, LocalDate adoptedOn, DecisionKind kind,
			String question, String decision) {

		/** The reference a paper keeps. */
		public ResolutionRef ref() {
			return new ResolutionRef(session, item);
		}
	}

	/** A reference to a resolution: the session whose protocol adopted it and its question's number there (from 1). */
	record ResolutionRef(CouncilSessionId session, int item) {
	}

	/** The year's adopted resolutions of the school's pedagogical council, by number; empty when it has none. */
	List<Resolution> adoptedIn(SchoolId school, SchoolYear year);

	/** The resolution a reference names, if the school's pedagogical council adopted it in a signed protocol. */
	Optional<Resolution> find(SchoolId school, ResolutionRef ref);
}
