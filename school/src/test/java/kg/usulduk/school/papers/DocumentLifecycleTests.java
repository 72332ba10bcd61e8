package kg.usulduk.school.papers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.papers.DocumentLifecycle.Status;

import org.junit.jupiter.api.Test;

class DocumentLifecycleTests {

	enum Capacity {
		CHAIR, SECRETARY
	}

	static final StaffId CHAIR = StaffId.random();
	static final StaffId SECRETARY = StaffId.random();
	static final Instant NOON = Instant.parse("2026-11-30T06:00:00Z");
	// 00:30 in Bishkek on the next day: the day a paper was signed is the school's, not UTC's.
	static final Instant AFTER_MIDNIGHT_IN_BISHKEK = Instant.parse("2026-11-30T18:30:00Z");
	static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");

	static DocumentLifecycle<Capacity> draft() {
		return DocumentLifecycle.draft("council.protocol", Set.of(Capacity.CHAIR, Capacity.SECRETARY));
	}

	static RuleViolation refusal(Runnable act) {
		return (RuleViolation) org.assertj.core.api.Assertions.catchThrowable(act::run);
	}

	@Test
	void aDocumentStaysADraftUntilEveryoneItNeedsHasSigned() {
		DocumentLifecycle<Capacity> chairSigned = draft().sign(Capacity.CHAIR, CHAIR, NOON);

		assertThat(chairSigned.status()).isEqualTo(Status.DRAFT);
		assertThat(chairSigned.stillToSign()).containsExactly(Capacity.SECRETARY);
		assertThat(chairSigned.finalAt()).isEmpty();
	}

	@Test
	void theLastSignatureMakesItFinalAtThatInstantOnTheSchoolsDay() {
		DocumentLifecycle<Capacity> signed = draft().sign(Capacity.SECRETARY, SECRETARY, NOON)
				.sign(Capacity.CHAIR, CHAIR, AFTER_MIDNIGHT_IN_BISHKEK);

		assertThat(signed.status()).isEqualTo(Status.SIGNED);
		assertThat(signed.finalAt()).contains(AFTER_MIDNIGHT_IN_BISHKEK);
		assertThat(signed.signedOn(BISHKEK)).contains(LocalDate.of(2026, 12, 1));
	}

	@Test
	void theSignaturesArePrintedInTheOrderOfTheCapacitiesNotOfSigning() {
		DocumentLifecycle<Capacity> signed = draft().sign(Capacity.SECRETARY, SECRETARY, NOON)
				.sign(Capacity.CHAIR, CHAIR, AFTER_MIDNIGHT_IN_BISHKEK);

		assertThat(signed.toFreeze("council.signatory.")).containsExactly(
				new PaperFreezer.Signed("council.signatory.CHAIR", CHAIR, AFTER_MIDNIGHT_IN_BISHKEK),
				new PaperFreezer.Signed("council.signatory.SECRETARY", SECRETARY, NOON));
	}

	@Test
	void aSignedDocumentNeverChanges() {
		DocumentLifecycle<Capacity> signed = draft().sign(Capacity.CHAIR, CHAIR, NOON)
				.sign(Capacity.SECRETARY, SECRETARY, NOON);

		assertThat(refusal(signed::requireDraft).code()).isEqualTo("council.protocol.signed");
		assertThat(refusal(() -> signed.sign(Capacity.CHAIR, CHAIR, NOON)).code()).isEqualTo("council.protocol.signed");
	}

	@Test
	void nobodySignsTwiceInOneCapacity() {
		DocumentLifecycle<Capacity> chairSigned = draft().sign(Capacity.CHAIR, CHAIR, NOON);

		assertThat(refusal(() -> chairSigned.sign(Capacity.CHAIR, CHAIR, NOON)).code())
				.isEqualTo("council.protocol.alreadySignedAs");
	}

	@Test
	void aDocumentIsNotSignedInACapacityItDoesNotNeed() {
		DocumentLifecycle<Capacity> headOnly = DocumentLifecycle.draft("association.protocol", Set.of(Capacity.CHAIR));

		assertThat(refusal(() -> headOnly.sign(Capacity.SECRETARY, SECRETARY, NOON)).code())
				.isEqualTo("association.protocol.notASignatory");
		assertThat(headOnly.sign(Capacity.CHAIR, CHAIR, NOON).isFinal()).isTrue();
	}

	@Test
	void aDraftIsEditedNotCorrected() {
		assertThat(refusal(() -> draft().correction(UUID.randomUUID(), Set.of(Capacity.CHAIR), false)).code())
				.isEqualTo("council.protocol.correctOnlySigned");
	}

	@Test
	void aCorrectionIsANewDraftThatNamesTheSignedOneAndNeedsItsOwnSignatures() {
		UUID signedId = UUID.randomUUID();
		DocumentLifecycle<Capacity> signed = draft().sign(Capacity.CHAIR, CHAIR, NOON)
				.sign(Capacity.SECRETARY, SECRETARY, NOON);

		DocumentLifecycle<Capacity> correction = signed.correction(signedId, Set.of(Capacity.CHAIR, Capacity.SECRETARY),
				false);

		assertThat(correction.corrects()).isEqualTo(signedId);
		assertThat(correction.status()).isEqualTo(Status.DRAFT);
		assertThat(correction.signatures()).isEmpty();
		assertThat(signed.status()).isEqualTo(Status.SIGNED);
	}

	@Test
	void aSignedDocumentIsCorrectedOnceTheCorrectionSupersedesIt() {
		DocumentLifecycle<Capacity> signed = draft().sign(Capacity.CHAIR, CHAIR, NOON)
				.sign(Capacity.SECRETARY, SECRETARY, NOON);

		assertThat(refusal(() -> signed.correction(UUID.randomUUID(), Set.of(Capacity.CHAIR), true)).code())
				.isEqualTo("council.protocol.alreadyCorrected");
	}

	@Test
	void correctionsAreListedInTheOrderTheyWereMadeTheLastInForce() {
		record Paper(String id, String corrects) {
		}
		Paper first = new Paper("a", null);
		Paper second = new Paper("b", "a");
		Paper third = new Paper("c", "b");

		assertThat(DocumentLifecycle.inCorrectionOrder(List.of(third, first, second), Paper::id, Paper::corrects))
				.containsExactly(first, second, third);
	}

	@Test
	void aDocumentNeedsAtLeastOneSignature() {
		assertThatThrownBy(() -> DocumentLifecycle.draft("x", Set.<Capacity>of()))
				.isInstanceOf(IllegalArgumentException.class);
	}
}
