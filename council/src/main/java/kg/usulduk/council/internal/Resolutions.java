package kg.usulduk.council.internal;

import java.util.List;
import java.util.Optional;

import kg.usulduk.council.CouncilBody;
import kg.usulduk.council.PedagogicalResolutions;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The pedagogical council's adopted resolutions, read from its signed protocols through the decisions register. */
@Component
@Transactional(readOnly = true)
class Resolutions implements PedagogicalResolutions {

	private final Councils councils;
	private final CouncilSessions sessions;
	private final DecisionRegister register;

	Resolutions(Councils councils, CouncilSessions sessions, DecisionRegister register) {
		this.councils = councils;
		this.sessions = sessions;
		this.register = register;
	}

	@Override
	public List<Resolution> adoptedIn(SchoolId school, SchoolYear year) {
		return register.resolutions(school, year.startYear(), CouncilBody.PEDAGOGICAL);
	}

	@Override
	public Optional<Resolution> find(SchoolId school, ResolutionRef ref) {
		if (ref == null || ref.session() == null) {
			return Optional.empty();
		}
		return sessions.findByIdAndSchoolId(ref.session(), school)
				.flatMap(session -> councils.findById(session.councilId()))
				.filter(Council::isPedagogical)
				.flatMap(council -> register.resolutions(council.getId()).stream()
						.filter(r -> r.ref().equals(ref)).findFirst());
	}
}
