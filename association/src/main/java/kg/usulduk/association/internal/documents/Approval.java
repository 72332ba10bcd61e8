package kg.usulduk.association.internal.documents;

import java.time.LocalDate;
import java.util.Objects;

import kg.usulduk.association.MemberDocumentId;
import kg.usulduk.association.SessionId;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;

/**
 * Where a member's document stands on its way to the association's approval, and the version it replaces: the
 * signed-document lifecycle (draft → approved → superseded by a new version) plus the association's step between,
 * submitted and put on a session. Immutable: each step returns the next state and refuses what may not follow.
 * <p>
 * Kept as one value object so that the shared kernel's lifecycle ({@code kg.usulduk.school.papers}) can take its
 * place without touching the aggregate's rules.
 *
 * @param stage         draft, submitted, approved or superseded
 * @param session       the session it is put on for approval, while submitted; the session that approved it after
 * @param sessionNumber the approving session's number in its school year
 * @param sessionDate   the approving session's day
 * @param approvedOn    the day the session's protocol was signed, which made the approval final
 * @param supersedes    the approved version this one replaces, or null for a first version
 * @param returnReason  why the head returned it to the author, while it is a draft again
 */
public record Approval(Stage stage, SessionId session, Integer sessionNumber, LocalDate sessionDate,
		LocalDate approvedOn, MemberDocumentId supersedes, String returnReason) implements ValueObject {

	public enum Stage {
		DRAFT, SUBMITTED, APPROVED, SUPERSEDED
	}

	public Approval {
		Objects.requireNonNull(stage, "a document is at some stage");
	}

	/** A new draft: a first version, or the next version of an approved one. */
	static Approval draft(MemberDocumentId supersedes) {
		return new Approval(Stage.DRAFT, null, null, null, null, supersedes, null);
	}

	Approval submitted() {
		requireStage(Stage.DRAFT, "association.document.notDraft");
		return new Approval(Stage.SUBMITTED, null, null, null, null, supersedes, null);
	}

	Approval onSession(SessionId onto) {
		requireStage(Stage.SUBMITTED, "association.document.notSubmitted");
		return new Approval(Stage.SUBMITTED, Objects.requireNonNull(onto), null, null, null, supersedes, null);
	}

	/** Off a session that will not take place: still submitted, waiting for another. */
	Approval offSession() {
		requireStage(Stage.SUBMITTED, "association.document.notSubmitted");
		return new Approval(Stage.SUBMITTED, null, null, null, null, supersedes, null);
	}

	Approval returned(String reason) {
		requireStage(Stage.SUBMITTED, "association.document.notSubmitted");
		return new Approval(Stage.DRAFT, null, null, null, null, supersedes,
				TypedText.required("reason", reason, 500));
	}

	Approval approved(int number, LocalDate heldOn, LocalDate signedOn) {
		requireStage(Stage.SUBMITTED, "association.document.notSubmitted");
		if (session == null) {
			throw RuleViolation.of("association.document.noSession");
		}
		return new Approval(Stage.APPROVED, session, number, heldOn, Objects.requireNonNull(signedOn), supersedes, null);
	}

	Approval superseded() {
		requireStage(Stage.APPROVED, "association.document.notApproved");
		return new Approval(Stage.SUPERSEDED, session, sessionNumber, sessionDate, approvedOn, supersedes, null);
	}

	public boolean isDraft() {
		return stage == Stage.DRAFT;
	}

	public boolean isSubmitted() {
		return stage == Stage.SUBMITTED;
	}

	public boolean isApproved() {
		return stage == Stage.APPROVED;
	}

	/** Approved once, whether still in force or replaced by a later version: final, never changed. */
	public boolean isFinal() {
		return stage == Stage.APPROVED || stage == Stage.SUPERSEDED;
	}

	private void requireStage(Stage expected, String code) {
		if (stage != expected) {
			throw RuleViolation.of(code);
		}
	}
}
