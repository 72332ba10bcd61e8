package kg.usulduk.council.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilProtocolId;
import kg.usulduk.council.CouncilProtocolSigned;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.DecisionAdopted;
import kg.usulduk.council.RecommendationIssued;
import kg.usulduk.council.internal.CouncilSignature.Signatory;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.meetings.Minutes;
import kg.usulduk.school.papers.DocumentLifecycle;
import kg.usulduk.school.papers.DocumentLifecycle.Signing;
import kg.usulduk.school.papers.DocumentLifecycle.Status;
import kg.usulduk.school.papers.FrozenPaper;
import kg.usulduk.school.papers.PaperFreezer;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The protocol of a held council session (003 §5.3): drafted, its decisions recorded only with a quorum and with
 * votes no more than the members present, then signed by the chair and the secretary, after which it never changes.
 * A correction is a new protocol naming the one it corrects. Signing publishes the decisions. The draft → signed →
 * corrected life is the kernel's {@link DocumentLifecycle}; quorum, votes and what a decision concerns are the
 * council's own.
 */
@Table(schema = "council", name = "protocols")
public class CouncilProtocol extends AbstractAggregateRoot<CouncilProtocol>
		implements AggregateRoot<CouncilProtocol, CouncilProtocolId> {

	private final @Id CouncilProtocolId id;
	private final SchoolId schoolId;
	private final CouncilId councilId;
	private final CouncilSessionId sessionId;
	private final LocalDate sessionDate;
	private final CouncilProtocolId corrects;
	private final int present;
	private final int members;
	@MappedCollection(idColumn = "protocol_id", keyColumn = "position")
	private List<CouncilProtocolEntry> entries;
	@MappedCollection(idColumn = "protocol_id")
	private Set<CouncilSignature> signatures;
	private Status status;
	private LocalDate signedOn;
	private FrozenPaper frozen;
	private @Version Integer version;

	@PersistenceCreator
	CouncilProtocol(CouncilProtocolId id, SchoolId schoolId, CouncilId councilId, CouncilSessionId sessionId,
			LocalDate sessionDate, CouncilProtocolId corrects, int present, int members,
			List<CouncilProtocolEntry> entries, Set<CouncilSignature> signatures, Status status, LocalDate signedOn,
			FrozenPaper frozen, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.councilId = councilId;
		this.sessionId = sessionId;
		this.sessionDate = sessionDate;
		this.corrects = corrects;
		this.present = present;
		this.members = members;
		this.entries = entries == null ? new ArrayList<>() : new ArrayList<>(entries);
		this.signatures = signatures == null ? new HashSet<>() : new HashSet<>(signatures);
		this.status = status;
		this.signedOn = signedOn;
		this.frozen = frozen;
		this.version = version;
	}

	/** 003 §5.3: every held session has its protocol, one entry per agenda question. */
	public static CouncilProtocol draft(CouncilSession session) {
		if (!session.isHeld()) {
			throw RuleViolation.of("council.protocol.sessionNotHeld");
		}
		List<CouncilProtocolEntry> entries = Minutes.draftFor(session.agenda()).stream().map(CouncilProtocolEntry::undecided)
				.toList();
		return new CouncilProtocol(CouncilProtocolId.random(), session.schoolId(), session.councilId(), session.getId(),
				session.date(), null, session.presentMembers().size(), session.memberCount(), entries, null,
				Status.DRAFT, null, null, null);
	}

	/** A correction of a signed protocol: a new draft from the signed text that names what it corrects. */
	public CouncilProtocol correction(boolean alreadyCorrected) {
		lifecycle().correction(id.value(), SIGNERS, alreadyCorrected);
		return new CouncilProtocol(CouncilProtocolId.random(), schoolId, councilId, sessionId, sessionDate, id, present,
				members, entries, null, Status.DRAFT, null, null, null);
	}

	/**
	 * Writes the draft. Each decision needs the quorum of the session; votes, where the question was put to a vote,
	 * are no more than the members present and carry the decision only by a majority of the members present (or of
	 * the votes cast, where the school counts so); what the kind of decision concerns must be named.
	 */
	public void write(List<CouncilProtocolEntry> newEntries, Quorum quorum) {
		lifecycle().requireDraft();
		Minutes.requireSameQuestions(entries, newEntries, CouncilProtocolEntry::question, "council");
		for (int i = 0; i < newEntries.size(); i++) {
			CouncilProtocolEntry entry = newEntries.get(i);
			int item = i + 1;
			if (entry.wasVoted()) {
				if (entry.votesFor() == null || entry.votesAgainst() == null || entry.abstained() == null
						|| entry.votesFor() < 0 || entry.votesAgainst() < 0 || entry.abstained() < 0) {
					throw RuleViolation.of("council.votes.incomplete", item);
				}
				if (entry.votesCast() > present) {
					throw RuleViolation.of("council.votes.aboveAttendance", item, entry.votesCast(), present);
				}
			}
			if (!entry.hasDecision()) {
				continue;
			}
			// Quorum for decisions: more than the school's share of the members present.
			if (!quorum.isMet(present, members)) {
				throw RuleViolation.of("council.decision.noQuorum", item, present, members, quorum.needed(members));
			}
			// A decision passes by a majority of the members present, or of the votes cast (a school setting).
			if (entry.wasVoted() && !quorum.carries(entry.votesFor(), entry.votesCast(), present)) {
				throw RuleViolation.of(quorum.majority() == kg.usulduk.school.CouncilMajority.OF_PRESENT
						? "council.votes.notCarriedOfPresent" : "council.votes.notCarriedOfCast", item,
						entry.votesFor(), entry.votesAgainst(), present, entry.votesCast());
			}
			requireWhatItConcerns(entry, item);
		}
		this.entries = new ArrayList<>(newEntries);
	}

	private void requireWhatItConcerns(CouncilProtocolEntry entry, int item) {
		if (entry.kind().concernsTeacher() && entry.teacher() == null) {
			throw RuleViolation.of("council.decision.teacherMissing", item);
		}
		// 000 §2.3: a teacher is recommended for something: a category, a title, an award or a nomination, named.
		if (entry.kind().concernsTeacher() && entry.recommendedFor() == null) {
			throw RuleViolation.of("council.decision.recommendationMissing", item);
		}
		if (entry.kind().concernsTeacher() && entry.recommendedFor().namesWhat() && entry.recommendedWhat() == null) {
			throw RuleViolation.of("council.decision.recommendationUnnamed", item);
		}
		if (entry.kind().concernsDocument() && entry.document() == null) {
			throw RuleViolation.of("council.decision.documentMissing", item);
		}
		if (entry.kind() == kg.usulduk.council.DecisionKind.TASK) {
			if (entry.responsible() == null || entry.dueOn() == null) {
				throw RuleViolation.of("council.decision.taskIncomplete", item);
			}
			if (!entry.dueOn().isAfter(sessionDate)) {
				throw RuleViolation.of("council.decision.dueBeforeSession", item);
			}
		}
	}

	/**
	 * Signs in the given capacity. 003 §5.3, §5.4: the protocol is kept by the secretary elected at the first session,
	 * so it is signed only once a secretary exists; and every question it records has its decision. When both chair
	 * and secretary have signed, the protocol is final and its decisions are adopted.
	 */
	public void sign(Signatory signatory, StaffId signer, boolean councilHasSecretary, Instant at, ZoneId zone) {
		DocumentLifecycle<Signatory> lifecycle = lifecycle();
		lifecycle.requireDraft();
		if (!councilHasSecretary) {
			throw RuleViolation.of("council.protocol.noSecretaryYet");
		}
		Minutes.requireDecisions(entries, CouncilProtocolEntry::minutes, "council");
		DocumentLifecycle<Signatory> signed = lifecycle.sign(signatory, signer, at);
		signatures.add(new CouncilSignature(signatory, signer, at));
		if (signed.isFinal()) {
			this.status = Status.SIGNED;
			this.signedOn = signed.signedOn(zone).orElseThrow();
			registerEvent(new CouncilProtocolSigned(schoolId, councilId, sessionId, id, corrects, sessionDate, signedOn,
					signatures().stream().map(CouncilSignature::staffId).toList()));
			for (int i = 0; i < entries.size(); i++) {
				CouncilProtocolEntry e = entries.get(i);
				registerEvent(new DecisionAdopted(schoolId, councilId, sessionId, id, i + 1, e.kind(), e.decision(),
						e.teacher(), e.document(), e.responsible(), e.dueOn(), e.votesFor(), e.votesAgainst(),
						e.abstained(), sessionDate));
				if (e.kind().isRecommendation()) {
					registerEvent(new RecommendationIssued(schoolId, councilId, id, e.kind(), e.decision(), e.teacher(),
							e.document(), signedOn, e.recommendedFor(), e.recommendedWhat()));
				}
			}
		}
	}

	/** 003 §5.3: the protocol is signed by the chair and the secretary. */
	private static final Set<Signatory> SIGNERS = Set.of(Signatory.CHAIR, Signatory.SECRETARY);

	/** The protocol's life as the kernel reads it: who must sign, who has, what it corrects. */
	private DocumentLifecycle<Signatory> lifecycle() {
		return DocumentLifecycle.of("council.protocol", SIGNERS, signatures,
				s -> new Signing<>(s.signatory(), s.staffId(), s.signedAt()), corrects == null ? null : corrects.value());
	}

	public boolean hasSigned(Signatory signatory) {
		return lifecycle().hasSigned(signatory);
	}

	/**
	 * Keeps what the signed protocol shows, as it was when the last signature made it final: from then on its
	 * page, print view and PDF read this, never today's staff directory. Once only.
	 */
	public void freeze(FrozenPaper paper) {
		if (status != Status.SIGNED) {
			throw new IllegalStateException("Only a signed protocol is frozen");
		}
		if (frozen == null) {
			this.frozen = java.util.Objects.requireNonNull(paper);
		}
	}

	/** The signatures in the order the paper prints them, for freezing: the capacity's message key, who, when. */
	public List<PaperFreezer.Signed> signaturesToFreeze() {
		return lifecycle().toFreeze("council.signatory.");
	}

	/** The instant the last signature made the protocol final. */
	public Instant finalAt() {
		return lifecycle().finalAt().orElse(null);
	}

	public FrozenPaper frozen() {
		return frozen;
	}

	public boolean isSigned() {
		return status == Status.SIGNED;
	}

	@Override
	public CouncilProtocolId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public CouncilId councilId() {
		return councilId;
	}

	public CouncilSessionId sessionId() {
		return sessionId;
	}

	public LocalDate sessionDate() {
		return sessionDate;
	}

	public CouncilProtocolId corrects() {
		return corrects;
	}

	public int present() {
		return present;
	}

	public int members() {
		return members;
	}

	public List<CouncilProtocolEntry> entries() {
		return List.copyOf(entries);
	}

	public List<CouncilSignature> signatures() {
		return signatures.stream().sorted(Comparator.comparing(CouncilSignature::signatory)).toList();
	}

	public Status status() {
		return status;
	}

	public LocalDate signedOn() {
		return signedOn;
	}

	public Integer version() {
		return version;
	}
}
