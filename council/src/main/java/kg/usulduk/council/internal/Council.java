package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import kg.usulduk.association.AssociationId;
import kg.usulduk.council.CouncilBody;
import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.MemberRole;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A council of a school for one school year — the methodological council or the pedagogical council, its
 * {@link CouncilBody} — with its chair, its members with the history of their seats, and its secretary once elected.
 * Sessions and protocols are aggregates of their own, the same for both bodies.
 */
@Table(schema = "council", name = "councils")
public class Council extends AbstractAggregateRoot<Council> implements AggregateRoot<Council, CouncilId> {

	private final @Id CouncilId id;
	private final SchoolId schoolId;
	private final int schoolYear;
	private final CouncilBody body;
	private StaffId chair;
	private StaffId secretary;
	private CouncilSessionId secretaryElectedAt;
	@MappedCollection(idColumn = "council_id", keyColumn = "position")
	private List<Seat> seats;
	private @Version Integer version;

	@PersistenceCreator
	Council(CouncilId id, SchoolId schoolId, int schoolYear, CouncilBody body, StaffId chair, StaffId secretary,
			CouncilSessionId secretaryElectedAt, List<Seat> seats, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.schoolYear = schoolYear;
		this.body = body == null ? CouncilBody.METHODOLOGICAL : body;
		this.chair = chair;
		this.secretary = secretary;
		this.secretaryElectedAt = secretaryElectedAt;
		this.seats = seats == null ? new ArrayList<>() : new ArrayList<>(seats);
		this.version = version;
	}

	/**
	 * A head of an association when the council forms: they sit on it for their association (003 §3.1); the head of a
	 * creative or problem group sits as the group's representative.
	 */
	public record Head(StaffId staff, AssociationId association, boolean group) {

		public Head(StaffId staff, AssociationId association) {
			this(staff, association, false);
		}
	}

	/**
	 * The council of a school year forms: chaired by the deputy director (003 §4.1), with the management staff named
	 * and the heads of the associations (003 §3.1).
	 */
	public static Council form(SchoolId school, SchoolYear year, StaffId chair, Set<StaffId> management,
			List<Head> heads, LocalDate today) {
		if (chair == null) {
			throw RuleViolation.onField("chair", "validation.required");
		}
		Council council = new Council(CouncilId.random(), Objects.requireNonNull(school), year.startYear(),
				CouncilBody.METHODOLOGICAL, chair, null, null, null, null);
		LocalDate since = today.isBefore(year.start()) ? year.start() : today;
		council.seats.add(new Seat(chair, MemberRole.CHAIR, null, since, null));
		for (StaffId person : new LinkedHashSet<>(management)) {
			if (!council.isMember(person)) {
				council.seats.add(new Seat(person, MemberRole.MANAGEMENT, null, since, null));
			}
		}
		for (Head head : heads) {
			council.seatHead(head.staff(), head.association(), head.group(), since);
		}
		return council;
	}

	/**
	 * The school's pedagogical council of a school year forms: chaired by the director, with the school's pedagogical
	 * staff as its members. The seeds name neither (001 plan header, 003 header only name the body); this is the
	 * practice of Kyrgyz schools, a stated assumption.
	 */
	public static Council formPedagogical(SchoolId school, SchoolYear year, StaffId director, Set<StaffId> pedagogues,
			LocalDate today) {
		if (director == null) {
			throw RuleViolation.onField("chair", "validation.required");
		}
		Council council = new Council(CouncilId.random(), Objects.requireNonNull(school), year.startYear(),
				CouncilBody.PEDAGOGICAL, director, null, null, null, null);
		LocalDate since = today.isBefore(year.start()) ? year.start() : today;
		council.seats.add(new Seat(director, MemberRole.CHAIR, null, since, null));
		for (StaffId person : new LinkedHashSet<>(pedagogues)) {
			if (!council.isMember(person)) {
				council.seats.add(new Seat(person, MemberRole.PEDAGOGICAL_STAFF, null, since, null));
			}
		}
		return council;
	}

	/** The roles a member may be seated in by hand on this body; heads and the chair never are. */
	public List<MemberRole> rolesSeatedByHand() {
		// 003 §3.1: management and creative groups' representatives on the methodological council; every pedagogue
		// on the pedagogical council.
		return body == CouncilBody.PEDAGOGICAL ? List.of(MemberRole.PEDAGOGICAL_STAFF)
				: List.of(MemberRole.MANAGEMENT, MemberRole.CREATIVE_GROUP);
	}

	/**
	 * Management staff or a creative group's representative joins the methodological council (003 §3.1); a pedagogue
	 * joins the pedagogical council.
	 */
	public void seat(StaffId person, MemberRole role, LocalDate on) {
		// Issue 13: every field's refusal at once, not one a try.
		kg.usulduk.school.Violations checks = new kg.usulduk.school.Violations();
		checks.run(() -> {
			if (person == null) {
				throw RuleViolation.onField("staff", "validation.required");
			}
			if (isMember(person)) {
				throw RuleViolation.onField("staff", "council.member.already");
			}
		});
		checks.run(() -> {
			if (role == null || !rolesSeatedByHand().contains(role)) {
				// Heads come from the associations' records, never typed twice; the chair is changed as the chair.
				throw RuleViolation.onField("role", "council.member.roleNotChosenHere");
			}
		});
		checks.throwIfAny();
		seats.add(new Seat(person, role, null, on, null));
	}

	/**
	 * 003 §4.1: another deputy chairs the council from today, for the reason given; the outgoing chair's seat ends
	 * with that reason, so the history of the chair stays. The chair is never the secretary (003 §5.3).
	 */
	public void replaceChair(StaffId newChair, String reason, LocalDate today) {
		kg.usulduk.school.Violations checks = new kg.usulduk.school.Violations();
		checks.run(() -> {
			if (newChair == null) {
				throw RuleViolation.onField("chair", "validation.required");
			}
			if (newChair.equals(chair)) {
				throw RuleViolation.onField("chair", "council.chair.already");
			}
			if (newChair.equals(secretary)) {
				throw RuleViolation.onField("chair", "council.chair.isSecretary");
			}
		});
		String because = checks.get(() -> kg.usulduk.school.TypedText.required("reason", reason, 500));
		checks.throwIfAny();
		for (int i = 0; i < seats.size(); i++) {
			Seat seat = seats.get(i);
			if (seat.isCurrent() && seat.role() == MemberRole.CHAIR) {
				seats.set(i, seat.endedOn(today, because));
			}
		}
		seats.add(new Seat(newChair, MemberRole.CHAIR, null, today, null));
		this.chair = newChair;
	}

	/** A member leaves the council. The chair stays until another chair is named. */
	public void unseat(StaffId person, LocalDate on) {
		if (person.equals(chair)) {
			throw RuleViolation.of("council.member.chairLeaves");
		}
		if (!isMember(person)) {
			throw RuleViolation.of("council.member.notMember");
		}
		// 003 §3.1: a head sits for their association and leaves when the association changes its head.
		// A group's representative seated from the group's records leaves with the group, like a head.
		boolean found = endSeats(seat -> seat.staffId().equals(person) && seat.association() == null
				&& rolesSeatedByHand().contains(seat.role()), on);
		if (!found) {
			throw RuleViolation.of("council.member.headFromAssociation");
		}
		dropSecretaryIfGone();
	}

	/** A secretary who no longer sits on the council is no longer its secretary. */
	private void dropSecretaryIfGone() {
		if (secretary != null && !isMember(secretary)) {
			secretary = null;
			secretaryElectedAt = null;
		}
	}

	/**
	 * An association has a new head (its event): the previous head's seat for it ends, the new head's begins. Applying
	 * the same change twice changes nothing, so a republished event is harmless.
	 */
	public boolean headChanged(AssociationId association, StaffId newHead, LocalDate since) {
		return headChanged(association, newHead, false, since);
	}

	/**
	 * An association or group has a new head; {@code group}: it is a creative or problem group, whose head sits as
	 * its representative (003 §3.1).
	 */
	public boolean headChanged(AssociationId association, StaffId newHead, boolean group, LocalDate since) {
		boolean already = seats.stream().anyMatch(seat -> seat.isCurrent() && association.equals(seat.association())
				&& seat.staffId().equals(newHead));
		if (already) {
			return false;
		}
		endSeats(seat -> association.equals(seat.association()), since);
		seatHead(newHead, association, group, since);
		dropSecretaryIfGone();
		return true;
	}

	/** A pedagogue left the school: their seat on the pedagogical council ends (the chair stays until replaced). */
	public boolean staffLeft(StaffId person, LocalDate on) {
		boolean ended = endSeats(seat -> seat.staffId().equals(person) && seat.role() != MemberRole.CHAIR, on);
		dropSecretaryIfGone();
		return ended;
	}

	/** An association closed: its head no longer sits on the council for it. */
	public boolean associationClosed(AssociationId association, LocalDate on) {
		boolean ended = endSeats(seat -> association.equals(seat.association()), on);
		dropSecretaryIfGone();
		return ended;
	}

	private void seatHead(StaffId head, AssociationId association, boolean group, LocalDate since) {
		seats.add(new Seat(head, group ? MemberRole.CREATIVE_GROUP : MemberRole.ASSOCIATION_HEAD, association, since,
				null));
	}

	private boolean endSeats(java.util.function.Predicate<Seat> which, LocalDate on) {
		boolean found = false;
		for (int i = 0; i < seats.size(); i++) {
			Seat seat = seats.get(i);
			if (seat.isCurrent() && which.test(seat)) {
				seats.set(i, seat.endedOn(on));
				found = true;
			}
		}
		return found;
	}

	/**
	 * 003 §5.4: the secretary is elected at the council's first session of the year, from among its members; the
	 * session must be held and be the year's first. The pedagogical council elects its secretary at a held session
	 * too; no seed ties that to the first one.
	 */
	public void electSecretary(StaffId person, CouncilSession session, boolean isFirstSession) {
		if (!session.councilId().equals(id)) {
			throw new IllegalArgumentException("Session of another council");
		}
		if (!session.isHeld()) {
			throw RuleViolation.of("council.secretary.sessionNotHeld");
		}
		if (!isFirstSession && body == CouncilBody.METHODOLOGICAL) {
			throw RuleViolation.of("council.secretary.notFirstSession");
		}
		if (person == null || !isMember(person)) {
			throw RuleViolation.onField("secretary", "council.secretary.notMember");
		}
		// 003 §5.3: the chair and the secretary both sign the protocol: two people, not one signing twice.
		if (isChair(person)) {
			throw RuleViolation.onField("secretary", "council.secretary.isChair");
		}
		this.secretary = person;
		this.secretaryElectedAt = session.getId();
	}

	public boolean isMember(StaffId person) {
		return seats.stream().anyMatch(seat -> seat.isCurrent() && seat.staffId().equals(person));
	}

	/** The current members, each once, the chair first. */
	public List<StaffId> members() {
		Set<StaffId> members = new LinkedHashSet<>();
		members.add(chair);
		seats.stream().filter(Seat::isCurrent).map(Seat::staffId).forEach(members::add);
		return List.copyOf(members);
	}

	public List<Seat> currentSeats() {
		return seats.stream().filter(Seat::isCurrent).toList();
	}

	public List<Seat> pastSeats() {
		return seats.stream().filter(seat -> !seat.isCurrent()).toList();
	}

	public boolean isChair(StaffId person) {
		return chair.equals(person);
	}

	public boolean isSecretary(StaffId person) {
		return secretary != null && secretary.equals(person);
	}

	public Optional<StaffId> secretary() {
		return Optional.ofNullable(secretary);
	}

	public Optional<CouncilSessionId> secretaryElectedAt() {
		return Optional.ofNullable(secretaryElectedAt);
	}

	@Override
	public CouncilId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public SchoolYear year() {
		return new SchoolYear(schoolYear);
	}

	public StaffId chair() {
		return chair;
	}

	public CouncilBody body() {
		return body;
	}

	public boolean isPedagogical() {
		return body == CouncilBody.PEDAGOGICAL;
	}

	/** The message key of the body's title with its year, e.g. "Pedagogical council, 2026–2027". */
	public String titleKey() {
		return isPedagogical() ? "council.pedagogical.titleOf" : "council.titleOf";
	}

	/** The body's page for this council's year. */
	public String path() {
		return body.path() + "?year=" + schoolYear;
	}

	public Integer version() {
		return version;
	}
}
