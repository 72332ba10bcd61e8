package kg.usulduk.school.papers;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import kg.usulduk.school.NotFound;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;

import org.springframework.stereotype.Component;

/**
 * Freezes what a paper shows at the moment it becomes final: the school's title and district, the people
 * present and absent, the signers with their positions, each as the directory names them now. The owning
 * context calls it in the transaction that makes the paper final and stores the result with the paper.
 */
@Component
public class PaperFreezer {

	private final SchoolDirectory schools;
	private final StaffDirectory staff;
	PaperFreezer(SchoolDirectory schools, StaffDirectory staff) {
		this.schools = schools;
		this.staff = staff;
	}

	/** A signature to freeze: the capacity's message key, who signed and when. */
	public record Signed(String capacityKey, StaffId signer, Instant at) {
	}

	/**
	 * @param body  the name of the body whose paper it is (the association, the council), as it is now
	 * @param named everyone else the paper names (responsible persons, recommended teachers)
	 */
	public FrozenPaper freeze(SchoolId school, String body, Collection<StaffId> present, Collection<StaffId> absent,
			Collection<StaffId> named, List<Signed> signatures, Instant finalAt) {
		SchoolProfile profile = schools.find(school).orElseThrow(() -> new NotFound("school", school));
		return new FrozenPaper(profile.title(), profile.district(), body, people(school, present), people(school, absent),
				people(school, named.stream().distinct().toList()),
				signatures.stream().map(s -> new PaperSignature(s.capacityKey(), person(school, s.signer()), s.at()))
						.toList(),
				finalAt, profile.settings().timeZone().getId());
	}

	/**
	 * Freezes a meeting's protocol: those present and those invited who did not come, with the reasons given, as the
	 * meeting marked them.
	 */
	public FrozenPaper freeze(SchoolId school, String body, kg.usulduk.school.meetings.Meeting meeting,
			Collection<StaffId> named, List<Signed> signatures, Instant finalAt) {
		FrozenPaper paper = freeze(school, body, meeting.presentMembers(), meeting.absentMembers(), named, signatures,
				finalAt);
		java.util.Map<StaffId, String> reasons = meeting.absenceReasons();
		return new FrozenPaper(paper.school(), paper.district(), paper.body(), paper.present(),
				paper.absent().stream().map(p -> new PaperPerson(p.staffId(), p.fullName(), p.position(),
						reasons.get(p.staffId()))).toList(),
				paper.named(), paper.signatures(), paper.finalAt(), paper.zone());
	}

	private List<PaperPerson> people(SchoolId school, Collection<StaffId> ids) {
		return ids.stream().map(id -> person(school, id))
				.sorted(java.util.Comparator.comparing(PaperPerson::fullName)).toList();
	}

	private PaperPerson person(SchoolId school, StaffId id) {
		return staff.find(school, id).map(card -> new PaperPerson(id, card.fullName(), card.position()))
				.orElseGet(() -> new PaperPerson(id, "", ""));
	}
}
