package kg.usulduk.association.internal.documents;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.MemberDocumentApproved;
import kg.usulduk.association.MemberDocumentId;
import kg.usulduk.association.MemberDocumentKind;
import kg.usulduk.association.MemberDocumentReturned;
import kg.usulduk.association.MemberDocumentSubmitted;
import kg.usulduk.association.SessionId;
import kg.usulduk.association.internal.Association;
import kg.usulduk.association.internal.Session;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;
import kg.usulduk.school.papers.FrozenPaper;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A member's document that the association approves at a session: a teacher's individual work plan (001 §3.4) or
 * attestation materials for the transfer or final exams (001 §3.5). The author writes the draft and submits it; the
 * head puts it on a session; it is approved when that session's protocol is signed, and from then on never changes.
 * A correction is a new version that replaces the approved one once it is approved in its turn.
 */
@Table(schema = "association", name = "member_documents")
public class MemberDocument extends AbstractAggregateRoot<MemberDocument>
		implements AggregateRoot<MemberDocument, MemberDocumentId> {

	private final @Id MemberDocumentId id;
	private final SchoolId schoolId;
	private final AssociationId associationId;
	private final MemberDocumentKind kind;
	private final int schoolYear;
	private final StaffId author;
	private final int edition;
	private String title;
	@MappedCollection(idColumn = "document_id", keyColumn = "position")
	private List<PlanItem> items;
	private @Embedded.Nullable(prefix = "exam_") ExamMaterials exam;
	private @Embedded.Nullable Approval approval;
	private FrozenPaper frozen;
	private @Version Integer version;

	@PersistenceCreator
	MemberDocument(MemberDocumentId id, SchoolId schoolId, AssociationId associationId, MemberDocumentKind kind,
			int schoolYear, StaffId author, int edition, String title, List<PlanItem> items, ExamMaterials exam,
			Approval approval, FrozenPaper frozen, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.associationId = associationId;
		this.kind = kind;
		this.schoolYear = schoolYear;
		this.author = author;
		this.edition = edition;
		this.title = title;
		this.items = items == null ? new ArrayList<>() : new ArrayList<>(items);
		this.exam = exam;
		this.approval = approval;
		this.frozen = frozen;
		this.version = version;
	}

	/**
	 * 001 §3.4: the association approves its teachers' individual work plans, so a plan is drafted by a current
	 * member of an open association, for a school year.
	 */
	public static MemberDocument draftPlan(Association association, StaffId author, SchoolYear year, String title,
			List<PlanItem> items) {
		requireMember(association, author);
		return new MemberDocument(MemberDocumentId.random(), association.schoolId(), association.getId(),
				MemberDocumentKind.INDIVIDUAL_WORK_PLAN, year.startYear(), author, 1,
				TypedText.required("title", title, 300), checked(items), null, Approval.draft(null), null, null);
	}

	/** 001 §3.5: the association approves attestation materials, drafted by a current member of an open association. */
	public static MemberDocument draftExamMaterials(Association association, StaffId author, SchoolYear year,
			String title, ExamMaterials exam) {
		requireMember(association, author);
		return new MemberDocument(MemberDocumentId.random(), association.schoolId(), association.getId(),
				MemberDocumentKind.EXAM_MATERIALS, year.startYear(), author, 1, TypedText.required("title", title, 300),
				List.of(), Objects.requireNonNull(exam), Approval.draft(null), null, null);
	}

	/** The author rewrites the draft of a plan. */
	public void writePlan(StaffId actor, String newTitle, List<PlanItem> newItems) {
		requireAuthorsDraft(actor, MemberDocumentKind.INDIVIDUAL_WORK_PLAN);
		this.title = TypedText.required("title", newTitle, 300);
		this.items = new ArrayList<>(checked(newItems));
	}

	/** The author rewrites the draft of exam materials. */
	public void writeExamMaterials(StaffId actor, String newTitle, ExamMaterials newExam) {
		requireAuthorsDraft(actor, MemberDocumentKind.EXAM_MATERIALS);
		this.title = TypedText.required("title", newTitle, 300);
		this.exam = Objects.requireNonNull(newExam);
	}

	/** The author submits the draft for the association's approval; a plan with nothing in it is no plan. */
	public void submit(StaffId actor) {
		requireAuthor(actor);
		if (kind == MemberDocumentKind.INDIVIDUAL_WORK_PLAN && items.isEmpty()) {
			throw RuleViolation.of("association.document.planEmpty");
		}
		this.approval = approval.submitted();
		registerEvent(new MemberDocumentSubmitted(schoolId, associationId, id, kind, author, title, submission()));
	}

	/**
	 * 001 §3.4–3.5: the association approves at a session, so the head puts the submitted document on one of its
	 * own sessions that has not taken place without it: scheduled, or held with its protocol not yet signed.
	 */
	public void putOnSession(Session session, boolean protocolSigned) {
		if (!session.associationId().equals(associationId)) {
			throw RuleViolation.onField("session", "association.document.sessionOfAnotherAssociation");
		}
		if (session.status() == kg.usulduk.school.meetings.MeetingStatus.CANCELLED) {
			throw RuleViolation.onField("session", "association.document.sessionCancelled");
		}
		if (protocolSigned) {
			throw RuleViolation.onField("session", "association.document.sessionSigned");
		}
		this.approval = approval.onSession(session.getId());
	}

	/** The session it was put on was cancelled: it waits, still submitted, for another. */
	public void sessionCancelled(SessionId session) {
		if (approval.isSubmitted() && session.equals(approval.session())) {
			this.approval = approval.offSession();
		}
	}

	/** The head returns a submitted document to its author, saying why; the author may then change it. */
	public void returnToAuthor(StaffId by, String reason) {
		int returned = submission();
		this.approval = approval.returned(reason);
		registerEvent(new MemberDocumentReturned(schoolId, associationId, id, kind, author, title, by,
				approval.returnReason(), returned));
	}

	/**
	 * Which submission of this document the current step belongs to: the aggregate's version, which every saved
	 * change raises, so a submission after a return is told anew while a replayed event is told once.
	 */
	private int submission() {
		return version == null ? 0 : version;
	}

	/**
	 * 001 §3.4–3.5: approved "by the association", that is by the session that considered it once its protocol is
	 * signed (001 §5.5). What it shows is frozen with it; an approved document never changes.
	 */
	public void approve(SessionId session, int sessionNumber, LocalDate sessionDate, LocalDate signedOn,
			FrozenPaper paper) {
		if (!session.equals(approval.session())) {
			throw new IllegalArgumentException("Document " + id + " is not on session " + session);
		}
		this.approval = approval.approved(sessionNumber, sessionDate, signedOn);
		this.frozen = Objects.requireNonNull(paper);
		registerEvent(new MemberDocumentApproved(schoolId, associationId, id, kind, author, schoolYear, title, session,
				sessionNumber, sessionDate, signedOn, approval.supersedes()));
	}

	/** A later version was approved: this one is no longer in force, and still never changes. */
	public void supersede() {
		this.approval = approval.superseded();
	}

	/**
	 * A correction of an approved document is a new version, a draft starting from this one's content, that will
	 * replace it once approved in its turn; until then this one stays in force.
	 */
	public MemberDocument newVersion(StaffId actor) {
		requireAuthor(actor);
		if (!approval.isApproved()) {
			throw RuleViolation.of("association.document.notApproved");
		}
		return new MemberDocument(MemberDocumentId.random(), schoolId, associationId, kind, schoolYear, author,
				edition + 1, title, items, exam, Approval.draft(id), null, null);
	}

	private static void requireMember(Association association, StaffId author) {
		if (!association.isOpen()) {
			throw RuleViolation.of("association.closed");
		}
		if (!association.isMember(author)) {
			throw RuleViolation.of("association.document.authorNotMember");
		}
	}

	private static List<PlanItem> checked(List<PlanItem> items) {
		List<PlanItem> list = items == null ? List.of() : List.copyOf(items);
		if (list.size() > PlanItem.MAX_PER_SECTION * PlanSection.values().length) {
			throw RuleViolation.of("association.document.item.tooMany", PlanItem.MAX_PER_SECTION);
		}
		return list;
	}

	private void requireAuthorsDraft(StaffId actor, MemberDocumentKind expected) {
		requireAuthor(actor);
		if (kind != expected) {
			throw new IllegalArgumentException("Document " + id + " is a " + kind);
		}
		if (!approval.isDraft()) {
			throw RuleViolation.of("association.document.notDraft");
		}
	}

	private void requireAuthor(StaffId actor) {
		if (!author.equals(actor)) {
			throw RuleViolation.of("association.document.notTheAuthor");
		}
	}

	@Override
	public MemberDocumentId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public AssociationId associationId() {
		return associationId;
	}

	public MemberDocumentKind kind() {
		return kind;
	}

	public SchoolYear schoolYear() {
		return new SchoolYear(schoolYear);
	}

	public StaffId author() {
		return author;
	}

	/** 1 for a first version, then 2, 3… for each correction. */
	public int edition() {
		return edition;
	}

	public String title() {
		return title;
	}

	public List<PlanItem> items() {
		return List.copyOf(items);
	}

	/** The plan's items by section, in the sections' order, the empty sections left out. */
	public java.util.Map<PlanSection, List<PlanItem>> itemsBySection() {
		java.util.Map<PlanSection, List<PlanItem>> bySection = new java.util.EnumMap<>(PlanSection.class);
		items.forEach(item -> bySection.computeIfAbsent(item.section(), s -> new ArrayList<>()).add(item));
		return bySection;
	}

	/** The plan's items of one section, as the lines of its form field. */
	public String linesOf(PlanSection section) {
		return String.join("\n", items.stream().filter(i -> i.section() == section).map(PlanItem::asLine).toList());
	}

	public ExamMaterials exam() {
		return exam;
	}

	public Approval approval() {
		return approval;
	}

	public FrozenPaper frozen() {
		return frozen;
	}

	public Integer version() {
		return version;
	}
}
