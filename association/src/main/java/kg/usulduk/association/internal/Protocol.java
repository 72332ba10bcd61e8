package kg.usulduk.association.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.ProtocolId;
import kg.usulduk.association.ProtocolSigned;
import kg.usulduk.association.SessionId;
import kg.usulduk.association.internal.SessionRows.EntryRow;
import kg.usulduk.association.internal.Signature.Signatory;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.meetings.Minutes;
import kg.usulduk.school.meetings.ProtocolEntry;
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
 * The protocol of a held session (001 §5.5, §6, 004): drafted, then signed by the head and, where the association
 * keeps one, the secretary. A signed protocol never changes; a correction is a new protocol that names the one it
 * corrects and is signed in its turn. The draft → signed → corrected life is the kernel's {@link DocumentLifecycle};
 * the entries (heard, proposed, decided) are the kernel's {@link ProtocolEntry}.
 */
@Table(schema = "association", name = "protocols")
public class Protocol extends AbstractAggregateRoot<Protocol> implements AggregateRoot<Protocol, ProtocolId> {

	private static final String CONTEXT = "association";

	private final @Id ProtocolId id;
	private final SchoolId schoolId;
	private final AssociationId associationId;
	private final SessionId sessionId;
	private final LocalDate sessionDate;
	private final ProtocolId corrects;
	private final boolean secretarySigns;
	@MappedCollection(idColumn = "protocol_id", keyColumn = "position")
	private List<EntryRow> entries;
	@MappedCollection(idColumn = "protocol_id")
	private Set<Signature> signatures;
	private Status status;
	private LocalDate signedOn;
	private FrozenPaper frozen;
	private @Version Integer version;

	@PersistenceCreator
	Protocol(ProtocolId id, SchoolId schoolId, AssociationId associationId, SessionId sessionId,
			LocalDate sessionDate, ProtocolId corrects, boolean secretarySigns, List<EntryRow> entries,
			Set<Signature> signatures, Status status, LocalDate signedOn, FrozenPaper frozen, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.associationId = associationId;
		this.sessionId = sessionId;
		this.sessionDate = sessionDate;
		this.corrects = corrects;
		this.secretarySigns = secretarySigns;
		this.entries = entries == null ? new ArrayList<>() : new ArrayList<>(entries);
		this.signatures = signatures == null ? new HashSet<>() : new HashSet<>(signatures);
		this.status = status;
		this.signedOn = signedOn;
		this.frozen = frozen;
		this.version = version;
	}

	/** A protocol is drafted once the session is held, one entry per agenda question. */
	public static Protocol draft(Session session, Association association) {
		if (!association.getId().equals(session.associationId())) {
			throw new IllegalArgumentException("Session " + session.getId() + " belongs to another association");
		}
		if (!session.isHeld()) {
			throw RuleViolation.of("association.protocol.sessionNotHeld");
		}
		return new Protocol(ProtocolId.random(), session.schoolId(), session.associationId(), session.getId(),
				session.date(), null, association.secretary().isPresent(), rows(Minutes.draftFor(session.agenda())),
				null, Status.DRAFT, null, null, null);
	}

	/**
	 * A correction of a signed protocol: a new draft, starting from the signed text, that names what it corrects;
	 * signed by the head and by the secretary if the association keeps one now.
	 */
	public Protocol correction(Association association, boolean alreadyCorrected) {
		if (!association.getId().equals(associationId)) {
			throw new IllegalArgumentException("Protocol " + id + " belongs to another association");
		}
		boolean secretaryNow = association.secretary().isPresent();
		lifecycle().correction(id.value(), signers(secretaryNow), alreadyCorrected);
		return new Protocol(ProtocolId.random(), schoolId, associationId, sessionId, sessionDate, id, secretaryNow,
				entries, null, Status.DRAFT, null, null, null);
	}

	/** Writes the draft's entries: what was considered, decided and proposed for each agenda question. */
	public void write(List<ProtocolEntry> newEntries) {
		lifecycle().requireDraft();
		Minutes.requireSameQuestions(entries(), newEntries, ProtocolEntry::question, CONTEXT);
		this.entries = new ArrayList<>(rows(newEntries));
	}

	/**
	 * Signs the protocol in the given capacity. 004: a protocol records a decision for every question considered,
	 * so it is signed only when each has one. Once every signature it needs is there, it is signed for good.
	 */
	public void sign(Signatory signatory, StaffId signer, Instant at, ZoneId zone) {
		DocumentLifecycle<Signatory> lifecycle = lifecycle();
		lifecycle.requireDraft();
		// 001 §5.5: the secretary signs only where the association keeps one.
		if (signatory == Signatory.SECRETARY && !secretarySigns) {
			throw RuleViolation.of("association.protocol.noSecretary");
		}
		Minutes.requireDecisions(entries(), e -> e, CONTEXT);
		DocumentLifecycle<Signatory> signed = lifecycle.sign(signatory, signer, at);
		signatures.add(new Signature(signatory, signer, at));
		if (signed.isFinal()) {
			this.status = Status.SIGNED;
			this.signedOn = signed.signedOn(zone).orElseThrow();
			registerEvent(new ProtocolSigned(schoolId, associationId, sessionId, id, corrects, sessionDate, signedOn,
					signatures().stream().map(Signature::staffId).toList()));
		}
	}

	/** The protocol's life as the kernel reads it: who must sign, who has, what it corrects. */
	private DocumentLifecycle<Signatory> lifecycle() {
		return DocumentLifecycle.of("association.protocol", signers(secretarySigns), signatures,
				s -> new Signing<>(s.signatory(), s.staffId(), s.signedAt()), corrects == null ? null : corrects.value());
	}

	/** 001 §5.5: the head signs, and the secretary where the association keeps one. */
	private static Set<Signatory> signers(boolean secretarySigns) {
		return secretarySigns ? Set.of(Signatory.HEAD, Signatory.SECRETARY) : Set.of(Signatory.HEAD);
	}

	private static List<EntryRow> rows(List<ProtocolEntry> entries) {
		return entries.stream().map(EntryRow::new).toList();
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
			this.frozen = Objects.requireNonNull(paper);
		}
	}

	/** The signatures in the order the paper prints them, for freezing: the capacity's message key, who, when. */
	public List<PaperFreezer.Signed> signaturesToFreeze() {
		return lifecycle().toFreeze("association.signatory.");
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

	public boolean hasSigned(Signatory signatory) {
		return lifecycle().hasSigned(signatory);
	}

	@Override
	public ProtocolId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public AssociationId associationId() {
		return associationId;
	}

	public SessionId sessionId() {
		return sessionId;
	}

	public LocalDate sessionDate() {
		return sessionDate;
	}

	public ProtocolId corrects() {
		return corrects;
	}

	public boolean secretarySigns() {
		return secretarySigns;
	}

	public List<ProtocolEntry> entries() {
		return entries.stream().map(EntryRow::entry).toList();
	}

	public List<Signature> signatures() {
		return signatures.stream().sorted(java.util.Comparator.comparing(Signature::signatory)).toList();
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
