package kg.usulduk.association.internal;

import kg.usulduk.school.meetings.ProtocolEntry;
import kg.usulduk.school.papers.DocumentLifecycle;
import static kg.usulduk.association.internal.Fixtures.ORDER;
import static kg.usulduk.association.internal.Fixtures.TODAY;
import static kg.usulduk.association.internal.Fixtures.associationOf;
import static kg.usulduk.association.internal.Fixtures.events;
import static kg.usulduk.association.internal.Fixtures.forgetEvents;
import static kg.usulduk.association.internal.Fixtures.heldSession;
import static kg.usulduk.association.internal.Fixtures.refusal;
import static kg.usulduk.association.internal.Fixtures.sessionOn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import kg.usulduk.association.ProtocolSigned;
import kg.usulduk.association.internal.Signature.Signatory;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;

class ProtocolTests {

	static final ZoneId BISHKEK = ZoneId.of("Asia/Bishkek");
	static final Instant AFTER_THE_SESSION = TODAY.atTime(17, 0).atZone(BISHKEK).toInstant();

	final StaffId head = StaffId.random();
	final StaffId secretary = StaffId.random();
	final Association association = associationOf(head, secretary);

	ProtocolTests() {
		association.electHead(head, ORDER, TODAY);
	}

	@Test
	void aProtocolCannotBeDraftedBeforeTheSessionIsHeld() {
		Session scheduled = sessionOn(association, TODAY);

		RuleViolation refusal = refusal(() -> Protocol.draft(scheduled, association));

		assertThat(refusal.code()).isEqualTo("association.protocol.sessionNotHeld");
	}

	@Test
	void theDraftHasOneEntryPerAgendaQuestion() {
		Session session = heldSession(association, head);

		Protocol protocol = Protocol.draft(session, association);

		assertThat(protocol.status()).isEqualTo(DocumentLifecycle.Status.DRAFT);
		assertThat(protocol.sessionId()).isEqualTo(session.getId());
		assertThat(protocol.sessionDate()).isEqualTo(TODAY);
		assertThat(protocol.corrects()).isNull();
		assertThat(protocol.entries()).extracting(ProtocolEntry::question)
				.containsExactlyElementsOf(session.agendaTitles());
		assertThat(protocol.entries()).allSatisfy(entry -> assertThat(entry.decision()).isNull());
	}

	@Test
	void aProtocolWithAQuestionLeftUndecidedCannotBeSigned() {
		Protocol protocol = draftWithoutSecretary();
		protocol.write(List.of(decided(protocol, 0), undecided(protocol, 1)));

		// 004: the protocol records a decision for every question considered.
		RuleViolation refusal = refusal(() -> protocol.sign(Signatory.HEAD, head, AFTER_THE_SESSION, BISHKEK));

		assertThat(refusal.code()).isEqualTo("association.protocol.decisionMissing");
		assertThat(refusal.arguments()).containsExactly(2);
		assertThat(protocol.isSigned()).isFalse();
		assertThat(protocol.signatures()).isEmpty();
		assertThat(events(protocol)).isEmpty();
	}

	@Test
	void theHeadsSignatureSignsAProtocolOfAnAssociationWithoutASecretary() {
		Protocol protocol = draftWithoutSecretary();
		writeAllDecided(protocol);

		protocol.sign(Signatory.HEAD, head, AFTER_THE_SESSION, BISHKEK);

		assertThat(protocol.isSigned()).isTrue();
		assertThat(protocol.signedOn()).isEqualTo(TODAY);
		assertThat(events(protocol)).singleElement().isEqualTo(new ProtocolSigned(association.schoolId(),
				association.getId(), protocol.sessionId(), protocol.getId(), null, TODAY, TODAY, List.of(head)));
	}

	@Test
	void theDayOfSigningIsTheSchoolsDayNotUtc() {
		Protocol protocol = draftWithoutSecretary();
		writeAllDecided(protocol);
		Instant earlyNextMorningInBishkek = TODAY.plusDays(1).atTime(3, 0).atZone(BISHKEK).toInstant();

		protocol.sign(Signatory.HEAD, head, earlyNextMorningInBishkek, BISHKEK);

		assertThat(LocalDate.ofInstant(earlyNextMorningInBishkek, ZoneOffset.UTC)).isEqualTo(TODAY);
		assertThat(protocol.signedOn()).isEqualTo(TODAY.plusDays(1));
		assertThat(protocol.signatures()).singleElement()
				.isEqualTo(new Signature(Signatory.HEAD, head, earlyNextMorningInBishkek));
	}

	@Test
	void withASecretaryTheHeadsSignatureAloneLeavesADraftAndTheSecretarysSignsIt() {
		association.chooseSecretary(secretary);
		Protocol protocol = Protocol.draft(heldSession(association, head, secretary), association);
		writeAllDecided(protocol);

		protocol.sign(Signatory.HEAD, head, AFTER_THE_SESSION, BISHKEK);

		assertThat(protocol.secretarySigns()).isTrue();
		assertThat(protocol.isSigned()).isFalse();
		assertThat(protocol.hasSigned(Signatory.HEAD)).isTrue();
		assertThat(events(protocol)).isEmpty();

		protocol.sign(Signatory.SECRETARY, secretary, AFTER_THE_SESSION.plusSeconds(3600), BISHKEK);

		assertThat(protocol.isSigned()).isTrue();
		assertThat(events(protocol)).singleElement().isInstanceOfSatisfying(ProtocolSigned.class,
				signed -> assertThat(signed.signedBy()).containsExactlyInAnyOrder(head, secretary));
	}

	@Test
	void withoutASecretaryNobodySignsAsSecretary() {
		Protocol protocol = draftWithoutSecretary();
		writeAllDecided(protocol);

		RuleViolation refusal = refusal(
				() -> protocol.sign(Signatory.SECRETARY, secretary, AFTER_THE_SESSION, BISHKEK));

		assertThat(refusal.code()).isEqualTo("association.protocol.noSecretary");
		assertThat(protocol.signatures()).isEmpty();
	}

	@Test
	void nobodySignsTwiceInTheSameCapacity() {
		association.chooseSecretary(secretary);
		Protocol protocol = Protocol.draft(heldSession(association, head), association);
		writeAllDecided(protocol);
		protocol.sign(Signatory.HEAD, head, AFTER_THE_SESSION, BISHKEK);

		RuleViolation refusal = refusal(
				() -> protocol.sign(Signatory.HEAD, head, AFTER_THE_SESSION.plusSeconds(60), BISHKEK));

		assertThat(refusal.code()).isEqualTo("association.protocol.alreadySignedAs");
		assertThat(protocol.signatures()).hasSize(1);
		assertThat(protocol.isSigned()).isFalse();
	}

	@Test
	void aSignedProtocolCannotBeWrittenOrSignedAgain() {
		Protocol protocol = signedProtocol();
		List<ProtocolEntry> signedText = protocol.entries();

		RuleViolation written = refusal(() -> protocol.write(List.of(
				new ProtocolEntry(signedText.get(0).question(), null, "Башка чечим", null),
				signedText.get(1))));
		RuleViolation signedAgain = refusal(() -> protocol.sign(Signatory.HEAD, head, AFTER_THE_SESSION, BISHKEK));

		assertThat(written.code()).isEqualTo("association.protocol.signed");
		assertThat(signedAgain.code()).isEqualTo("association.protocol.signed");
		assertThat(protocol.entries()).isEqualTo(signedText);
	}

	@Test
	void aCorrectionIsANewDraftNamingTheCorrectedProtocolWithItsEntries() {
		Protocol signed = signedProtocol();

		Protocol correction = signed.correction(association, false);

		assertThat(correction.getId()).isNotEqualTo(signed.getId());
		assertThat(correction.corrects()).isEqualTo(signed.getId());
		assertThat(correction.sessionId()).isEqualTo(signed.sessionId());
		assertThat(correction.status()).isEqualTo(DocumentLifecycle.Status.DRAFT);
		assertThat(correction.signatures()).isEmpty();
		assertThat(correction.entries()).isEqualTo(signed.entries());
		assertThat(signed.isSigned()).isTrue();
	}

	@Test
	void aSignedCorrectionNamesTheProtocolItCorrects() {
		Protocol signed = signedProtocol();
		Protocol correction = signed.correction(association, false);

		correction.sign(Signatory.HEAD, head, AFTER_THE_SESSION.plusSeconds(86_400), BISHKEK);

		assertThat(events(correction)).singleElement().isInstanceOfSatisfying(ProtocolSigned.class, event -> {
			assertThat(event.corrects()).isEqualTo(signed.getId());
			assertThat(event.signedOn()).isEqualTo(TODAY.plusDays(1));
		});
	}

	@Test
	void aDraftIsNotCorrectedButRewritten() {
		Protocol draft = draftWithoutSecretary();

		RuleViolation refusal = refusal(() -> draft.correction(association, false));

		assertThat(refusal.code()).isEqualTo("association.protocol.correctOnlySigned");
	}

	@Test
	void entriesMustAnswerTheAgendaQuestionsInOrder() {
		Protocol protocol = draftWithoutSecretary();
		List<ProtocolEntry> before = protocol.entries();

		RuleViolation otherQuestion = refusal(() -> protocol.write(List.of(decided(protocol, 0),
				new ProtocolEntry("Күн тартибинде жок суроо", null, "Чечим", null))));
		RuleViolation swapped = refusal(() -> protocol.write(List.of(decided(protocol, 1), decided(protocol, 0))));
		RuleViolation oneMissing = refusal(() -> protocol.write(List.of(decided(protocol, 0))));

		assertThat(List.of(otherQuestion, swapped, oneMissing)).extracting(RuleViolation::code)
				.containsOnly("association.protocol.entriesMismatch");
		assertThat(protocol.entries()).isEqualTo(before);
	}

	@Test
	void writingKeepsWhatWasConsideredDecidedAndProposed() {
		Protocol protocol = draftWithoutSecretary();
		String first = protocol.entries().get(0).question();
		String second = protocol.entries().get(1).question();

		protocol.write(List.of(new ProtocolEntry(first, "Айгүлдүн баяндамасы", " Планды бекитүү ", "Семинар өткөрүү"),
				new ProtocolEntry(second, null, "Графикти кабыл алуу", null)));

		assertThat(protocol.entries()).containsExactly(
				new ProtocolEntry(first, "Айгүлдүн баяндамасы", "Планды бекитүү", "Семинар өткөрүү"),
				new ProtocolEntry(second, null, "Графикти кабыл алуу", null));
	}

	private Protocol draftWithoutSecretary() {
		return Protocol.draft(heldSession(association, head), association);
	}

	private Protocol signedProtocol() {
		Protocol protocol = draftWithoutSecretary();
		writeAllDecided(protocol);
		protocol.sign(Signatory.HEAD, head, AFTER_THE_SESSION, BISHKEK);
		forgetEvents(protocol);
		return protocol;
	}

	private static void writeAllDecided(Protocol protocol) {
		protocol.write(protocol.entries().stream()
				.map(entry -> new ProtocolEntry(entry.question(), "Угулду", "Кабыл алынсын", null)).toList());
	}

	private static ProtocolEntry decided(Protocol protocol, int index) {
		return new ProtocolEntry(protocol.entries().get(index).question(), "Угулду", "Кабыл алынсын", null);
	}

	private static ProtocolEntry undecided(Protocol protocol, int index) {
		return new ProtocolEntry(protocol.entries().get(index).question(), "Угулду", "  ", "Кийинки жолу кароо");
	}
}
