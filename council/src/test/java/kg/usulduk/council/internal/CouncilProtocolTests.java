package kg.usulduk.council.internal;

import kg.usulduk.school.papers.DocumentLifecycle;
import static kg.usulduk.council.internal.Fixtures.BISHKEK;
import static kg.usulduk.council.internal.Fixtures.HALF;
import static kg.usulduk.council.internal.Fixtures.NOON;
import static kg.usulduk.council.internal.Fixtures.TODAY;
import static kg.usulduk.council.internal.Fixtures.councilOfSize;
import static kg.usulduk.council.internal.Fixtures.decided;
import static kg.usulduk.council.internal.Fixtures.events;
import static kg.usulduk.council.internal.Fixtures.firstMembers;
import static kg.usulduk.council.internal.Fixtures.forgetEvents;
import static kg.usulduk.council.internal.Fixtures.heldSession;
import static kg.usulduk.council.internal.Fixtures.refusal;
import static kg.usulduk.council.internal.Fixtures.sessionOn;
import static kg.usulduk.council.internal.Fixtures.signedProtocol;
import static kg.usulduk.council.internal.Fixtures.task;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import kg.usulduk.council.CouncilProtocolSigned;
import kg.usulduk.council.DecisionAdopted;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.RecommendationIssued;
import kg.usulduk.council.internal.CouncilSignature.Signatory;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CouncilProtocolTests {

	static final String PLAN = "Усулдук кеңештин иш планы";
	static final String ATTESTATION = "Мугалимдердин аттестациясы";
	static final String SEMINAR = "Семинарды даярдоо";

	final Council council = councilOfSize(7);
	final StaffId chair = council.chair();
	final StaffId secretary = council.members().get(1);
	final StaffId teacher = StaffId.random();

	@Test
	void aProtocolIsDraftedForAHeldSessionWithOneEntryPerQuestion() {
		// 003 §5.3
		CouncilSession session = heldSession(council, firstMembers(council, 5), PLAN, ATTESTATION);

		CouncilProtocol protocol = CouncilProtocol.draft(session);

		assertThat(protocol.status()).isEqualTo(DocumentLifecycle.Status.DRAFT);
		assertThat(protocol.sessionId()).isEqualTo(session.getId());
		assertThat(protocol.sessionDate()).isEqualTo(TODAY);
		assertThat(protocol.present()).isEqualTo(5);
		assertThat(protocol.members()).isEqualTo(7);
		assertThat(protocol.corrects()).isNull();
		assertThat(protocol.entries()).extracting(CouncilProtocolEntry::question).containsExactly(PLAN, ATTESTATION);
		assertThat(protocol.entries()).allSatisfy(entry -> assertThat(entry.decision()).isNull());
	}

	@Test
	void aSessionNotYetHeldHasNoProtocol() {
		// 003 §5.3
		CouncilSession scheduled = sessionOn(council, TODAY.plusDays(3));

		RuleViolation refusal = refusal(() -> CouncilProtocol.draft(scheduled));

		assertThat(refusal.code()).isEqualTo("council.protocol.sessionNotHeld");
	}

	@Test
	void aDecisionWithoutAQuorumIsRefused() {
		CouncilProtocol protocol = draftWith(3, PLAN);

		RuleViolation refusal = refusal(() -> protocol.write(List.of(decided(PLAN, DecisionKind.GENERAL)), HALF));

		assertThat(refusal.code()).isEqualTo("council.decision.noQuorum");
		assertThat(refusal.arguments()).containsExactly(1, 3, 7, 4);
		assertThat(protocol.entries()).singleElement().satisfies(entry -> assertThat(entry.decision()).isNull());
	}

	@Test
	void aQuestionOnlyConsideredNeedsNoQuorum() {
		CouncilProtocol protocol = draftWith(3, PLAN);
		CouncilProtocolEntry considered = new CouncilProtocolEntry(PLAN, "Маалымат угулду", null, null, null, null,
				null, null, null, null, null);

		protocol.write(List.of(considered), HALF);

		assertThat(protocol.entries()).containsExactly(considered);
	}

	@ParameterizedTest(name = "{0} of {1} present: quorum {2}")
	@CsvSource({ "3, 6, false", "4, 6, true", "4, 7, true", "5, 10, false", "6, 10, true" })
	void exactlyHalfTheMembersIsNoQuorumAndMoreThanHalfIs(int present, int members, boolean quorum) {
		Council sized = councilOfSize(members);
		CouncilProtocol protocol = CouncilProtocol.draft(heldSession(sized, firstMembers(sized, present), PLAN));
		List<CouncilProtocolEntry> entries = List.of(decided(PLAN, DecisionKind.GENERAL));

		if (quorum) {
			assertThatNoException().isThrownBy(() -> protocol.write(entries, HALF));
			assertThat(protocol.entries()).isEqualTo(entries);
		}
		else {
			assertThat(refusal(() -> protocol.write(entries, HALF)).code()).isEqualTo("council.decision.noQuorum");
		}
	}

	@Test
	void moreVotesThanMembersPresentAreRefused() {
		CouncilProtocol protocol = draftWith(4, PLAN);

		RuleViolation refusal = refusal(() -> protocol.write(List.of(voted(PLAN, 3, 1, 1)), HALF));

		assertThat(refusal.code()).isEqualTo("council.votes.aboveAttendance");
		assertThat(refusal.arguments()).containsExactly(1, 5, 4);
	}

	@Test
	void votesAsManyAsTheMembersPresentAreAccepted() {
		CouncilProtocol protocol = draftWith(4, PLAN);

		protocol.write(List.of(voted(PLAN, 3, 0, 1)), HALF);

		assertThat(protocol.entries()).singleElement().satisfies(entry -> {
			assertThat(entry.votesFor()).isEqualTo(3);
			assertThat(entry.votesAgainst()).isZero();
			assertThat(entry.abstained()).isEqualTo(1);
		});
	}

	@Test
	void votesWithACountMissingOrNegativeAreRefused() {
		CouncilProtocol protocol = draftWith(5, PLAN);

		RuleViolation missing = refusal(() -> protocol.write(List.of(voted(PLAN, 4, null, null)), HALF));
		RuleViolation negative = refusal(() -> protocol.write(List.of(voted(PLAN, 4, -1, 0)), HALF));

		assertThat(List.of(missing, negative)).allSatisfy(refusal -> {
			assertThat(refusal.code()).isEqualTo("council.votes.incomplete");
			assertThat(refusal.arguments()).containsExactly(1);
		});
	}

	@Test
	void aDecisionWithMoreVotesAgainstThanForIsNotCarried() {
		CouncilProtocol protocol = draftWith(5, PLAN);

		RuleViolation against = refusal(() -> protocol.write(List.of(voted(PLAN, 1, 3, 1)), HALF));
		RuleViolation tie = refusal(() -> protocol.write(List.of(voted(PLAN, 2, 2, 1)), HALF));

		assertThat(against.code()).isEqualTo("council.votes.notCarriedOfPresent");
		assertThat(against.arguments()).containsExactly(1, 1, 3, 5, 5);
		assertThat(tie.code()).isEqualTo("council.votes.notCarriedOfPresent");
	}

	@Test
	void aDecisionPassesByAMajorityOfTheMembersPresentNotMerelyMoreForThanAgainst() {
		// Issue 11: 2 for, 1 against, 2 abstaining of 5 present is more for than against, but not a majority.
		CouncilProtocol protocol = draftWith(5, PLAN);

		RuleViolation refusal = refusal(() -> protocol.write(List.of(voted(PLAN, 2, 1, 2)), HALF));
		protocol.write(List.of(voted(PLAN, 3, 1, 1)), HALF);

		assertThat(refusal.code()).isEqualTo("council.votes.notCarriedOfPresent");
		assertThat(protocol.entries().get(0).votesFor()).isEqualTo(3);
	}

	@Test
	void aSchoolThatCountsVotesCastPassesADecisionByMoreThanHalfOfTheVotesCast() {
		// The school setting: a majority of the votes cast, those who did not vote not counted.
		CouncilProtocol protocol = draftWith(5, PLAN);
		Quorum ofCast = new Quorum(50, kg.usulduk.school.CouncilMajority.OF_VOTES_CAST);

		RuleViolation tie = refusal(() -> protocol.write(List.of(voted(PLAN, 2, 2, 0)), ofCast));
		protocol.write(List.of(voted(PLAN, 2, 1, 0)), ofCast);

		assertThat(tie.code()).isEqualTo("council.votes.notCarriedOfCast");
		assertThat(protocol.entries().get(0).votesFor()).isEqualTo(2);
	}

	@Test
	void aRecommendationForATeacherNamesTheTeacher() {
		// 000 §2.3
		CouncilProtocol protocol = draftWith(5, ATTESTATION);

		RuleViolation refusal = refusal(
				() -> protocol.write(List.of(decided(ATTESTATION, DecisionKind.RECOMMEND_TEACHER)), HALF));

		assertThat(refusal.code()).isEqualTo("council.decision.teacherMissing");
		assertThat(refusal.arguments()).containsExactly(1);
	}

	@Test
	void aRecommendationForATeacherSaysWhatForAndNamesTheCategoryTitleOrAward() {
		// 000 §2.3, 001 §7.7–7.8: attestation to a named category, a title, an award, or a nomination.
		CouncilProtocol protocol = draftWith(5, ATTESTATION);

		RuleViolation whatFor = refusal(() -> protocol.write(List.of(new CouncilProtocolEntry(ATTESTATION, null,
				"Сунушталсын", DecisionKind.RECOMMEND_TEACHER, teacher, null, null, null, null, null, null)), HALF));
		RuleViolation unnamed = refusal(() -> protocol.write(List.of(new CouncilProtocolEntry(ATTESTATION, null,
				"Сунушталсын", DecisionKind.RECOMMEND_TEACHER, teacher, null, null, null, null, null, null,
				kg.usulduk.council.Recommendation.AWARD, null)), HALF));
		protocol.write(List.of(new CouncilProtocolEntry(ATTESTATION, null, "Сунушталсын", DecisionKind.RECOMMEND_TEACHER,
				teacher, null, null, null, null, null, null, kg.usulduk.council.Recommendation.TEACHER_OF_THE_YEAR,
				null)), HALF);
		protocol.sign(Signatory.CHAIR, chair, true, NOON, BISHKEK);
		protocol.sign(Signatory.SECRETARY, secretary, true, NOON, BISHKEK);

		assertThat(whatFor.code()).isEqualTo("council.decision.recommendationMissing");
		assertThat(unnamed.code()).isEqualTo("council.decision.recommendationUnnamed");
		assertThat(events(protocol, RecommendationIssued.class)).singleElement()
				.satisfies(issued -> assertThat(issued.recommendedFor())
						.isEqualTo(kg.usulduk.council.Recommendation.TEACHER_OF_THE_YEAR));
	}

	@Test
	void anExpertiseNamesTheDocument() {
		// 000 §2.2, 003 §2.3
		CouncilProtocol protocol = draftWith(5, PLAN);

		RuleViolation refusal = refusal(
				() -> protocol.write(List.of(decided(PLAN, DecisionKind.DOCUMENT_EXPERTISE)), HALF));

		assertThat(refusal.code()).isEqualTo("council.decision.documentMissing");
	}

	@Test
	void aTaskNamesWhoCarriesItOutAndByWhen() {
		CouncilProtocol protocol = draftWith(5, SEMINAR);
		LocalDate due = TODAY.plusDays(14);

		RuleViolation nobody = refusal(() -> protocol.write(List.of(task(SEMINAR, null, due)), HALF));
		RuleViolation never = refusal(() -> protocol.write(List.of(task(SEMINAR, teacher, null)), HALF));

		assertThat(List.of(nobody, never)).extracting(RuleViolation::code)
				.containsOnly("council.decision.taskIncomplete");
	}

	@Test
	void aTaskIsDueAfterTheSessionThatSetsIt() {
		CouncilProtocol protocol = draftWith(5, SEMINAR);

		RuleViolation sameDay = refusal(() -> protocol.write(List.of(task(SEMINAR, teacher, TODAY)), HALF));
		RuleViolation before = refusal(
				() -> protocol.write(List.of(task(SEMINAR, teacher, TODAY.minusDays(1))), HALF));

		assertThat(List.of(sameDay, before)).extracting(RuleViolation::code)
				.containsOnly("council.decision.dueBeforeSession");
	}

	@Test
	void entriesMustAnswerTheSessionsQuestionsInOrder() {
		CouncilProtocol protocol = draftWith(5, PLAN, SEMINAR);

		RuleViolation fewer = refusal(() -> protocol.write(List.of(decided(PLAN, DecisionKind.GENERAL)), HALF));
		RuleViolation swapped = refusal(() -> protocol.write(
				List.of(decided(SEMINAR, DecisionKind.GENERAL), decided(PLAN, DecisionKind.GENERAL)), HALF));

		assertThat(List.of(fewer, swapped)).extracting(RuleViolation::code)
				.containsOnly("council.protocol.entriesMismatch");
	}

	@Test
	void aProtocolIsNotSignedBeforeTheCouncilHasASecretary() {
		// 003 §5.4
		CouncilProtocol protocol = writtenDraft();

		RuleViolation refusal = refusal(() -> protocol.sign(Signatory.CHAIR, chair, false, NOON, BISHKEK));

		assertThat(refusal.code()).isEqualTo("council.protocol.noSecretaryYet");
		assertThat(protocol.signatures()).isEmpty();
	}

	@Test
	void aProtocolWithAQuestionUndecidedIsNotSigned() {
		// 003 §5.3
		CouncilProtocol protocol = draftWith(5, PLAN, SEMINAR);
		protocol.write(List.of(decided(PLAN, DecisionKind.GENERAL), CouncilProtocolEntry.blank(SEMINAR)), HALF);

		RuleViolation refusal = refusal(() -> protocol.sign(Signatory.CHAIR, chair, true, NOON, BISHKEK));

		assertThat(refusal.code()).isEqualTo("council.protocol.decisionMissing");
		assertThat(refusal.arguments()).containsExactly(2);
		assertThat(protocol.signatures()).isEmpty();
	}

	@Test
	void theChairsSignatureAloneLeavesADraft() {
		// 003 §5.3
		CouncilProtocol protocol = writtenDraft();

		protocol.sign(Signatory.CHAIR, chair, true, NOON, BISHKEK);

		assertThat(protocol.status()).isEqualTo(DocumentLifecycle.Status.DRAFT);
		assertThat(protocol.isSigned()).isFalse();
		assertThat(protocol.hasSigned(Signatory.CHAIR)).isTrue();
		assertThat(protocol.hasSigned(Signatory.SECRETARY)).isFalse();
		assertThat(protocol.signedOn()).isNull();
		assertThat(events(protocol)).isEmpty();
	}

	@Test
	void theChairAndTheSecretarySignTheProtocolAndItsDecisionsAreAdopted() {
		// 003 §5.3
		CouncilProtocol protocol = writtenDraft();
		// Late evening in UTC is already the next day in Bishkek.
		Instant evening = Instant.parse("2026-11-24T20:00:00Z");
		LocalDate signedOn = LocalDate.of(2026, 11, 25);

		protocol.sign(Signatory.CHAIR, chair, true, NOON, BISHKEK);
		protocol.sign(Signatory.SECRETARY, secretary, true, evening, BISHKEK);

		assertThat(protocol.status()).isEqualTo(DocumentLifecycle.Status.SIGNED);
		assertThat(protocol.signedOn()).isEqualTo(signedOn);
		assertThat(protocol.signatures()).containsExactly(new CouncilSignature(Signatory.CHAIR, chair, NOON),
				new CouncilSignature(Signatory.SECRETARY, secretary, evening));
		LocalDate due = TODAY.plusDays(14);
		assertThat(events(protocol)).containsExactly(
				new CouncilProtocolSigned(council.schoolId(), council.getId(), protocol.sessionId(), protocol.getId(),
						null, TODAY, signedOn, List.of(chair, secretary)),
				new DecisionAdopted(council.schoolId(), council.getId(), protocol.sessionId(), protocol.getId(), 1,
						DecisionKind.APPROVE_SESSION_PLAN, "Кабыл алынсын", null, null, null, null, 5, 0, 0, TODAY),
				new DecisionAdopted(council.schoolId(), council.getId(), protocol.sessionId(), protocol.getId(), 2,
						DecisionKind.RECOMMEND_TEACHER, "Биринчи категорияга сунушталсын", teacher, null, null, null,
						null, null, null, TODAY),
				new RecommendationIssued(council.schoolId(), council.getId(), protocol.getId(),
						DecisionKind.RECOMMEND_TEACHER, "Биринчи категорияга сунушталсын", teacher, null, signedOn,
						kg.usulduk.council.Recommendation.ATTESTATION_CATEGORY, "биринчи категория"),
				new DecisionAdopted(council.schoolId(), council.getId(), protocol.sessionId(), protocol.getId(), 3,
						DecisionKind.TASK, "Даярдалсын", null, null, teacher, due, null, null, null, TODAY));
	}

	@Test
	void onlyRecommendationsGoToThePedagogicalCouncil() {
		// 000 §2.3, 003 §5.5
		CouncilProtocol protocol = draftWith(7, PLAN, SEMINAR);
		protocol.write(List.of(decided(PLAN, DecisionKind.REPORT_TO_PEDAGOGICAL_COUNCIL),
				new CouncilProtocolEntry(SEMINAR, null, "Программа сунушталсын", DecisionKind.RECOMMEND_PROGRAMME, null,
						"Робототехника ийрими", null, null, null, null, null)),
				HALF);

		protocol.sign(Signatory.CHAIR, chair, true, NOON, BISHKEK);
		protocol.sign(Signatory.SECRETARY, secretary, true, NOON, BISHKEK);

		assertThat(events(protocol, DecisionAdopted.class)).extracting(DecisionAdopted::kind)
				.containsExactly(DecisionKind.REPORT_TO_PEDAGOGICAL_COUNCIL, DecisionKind.RECOMMEND_PROGRAMME);
		assertThat(events(protocol, RecommendationIssued.class)).singleElement().satisfies(issued -> {
			assertThat(issued.kind()).isEqualTo(DecisionKind.RECOMMEND_PROGRAMME);
			assertThat(issued.document()).isEqualTo("Робототехника ийрими");
			assertThat(issued.teacher()).isNull();
		});
	}

	@Test
	void theChairDoesNotSignTwice() {
		CouncilProtocol protocol = writtenDraft();
		protocol.sign(Signatory.CHAIR, chair, true, NOON, BISHKEK);

		RuleViolation refusal = refusal(() -> protocol.sign(Signatory.CHAIR, chair, true, NOON, BISHKEK));

		assertThat(refusal.code()).isEqualTo("council.protocol.alreadySignedAs");
		assertThat(protocol.signatures()).hasSize(1);
		assertThat(protocol.isSigned()).isFalse();
	}

	@Test
	void aSignedProtocolNeverChanges() {
		// 003 §5.3
		CouncilProtocol protocol = signedProtocol(council, decided(PLAN, DecisionKind.GENERAL));
		List<CouncilProtocolEntry> signed = protocol.entries();

		RuleViolation rewrite = refusal(() -> protocol
				.write(List.of(decided(PLAN, DecisionKind.APPROVE_SESSION_PLAN)), HALF));
		RuleViolation signAgain = refusal(() -> protocol.sign(Signatory.CHAIR, chair, true, NOON, BISHKEK));

		assertThat(List.of(rewrite, signAgain)).extracting(RuleViolation::code)
				.containsOnly("council.protocol.signed");
		assertThat(protocol.entries()).isEqualTo(signed);
		assertThat(events(protocol)).isEmpty();
	}

	@Test
	void aCorrectionIsANewDraftNamingTheProtocolItCorrects() {
		// 003 §5.3
		CouncilProtocol original = signedProtocol(council, decided(PLAN, DecisionKind.GENERAL));

		CouncilProtocol correction = original.correction(false);

		assertThat(correction.getId()).isNotEqualTo(original.getId());
		assertThat(correction.corrects()).isEqualTo(original.getId());
		assertThat(correction.status()).isEqualTo(DocumentLifecycle.Status.DRAFT);
		assertThat(correction.sessionId()).isEqualTo(original.sessionId());
		assertThat(correction.entries()).isEqualTo(original.entries());
		assertThat(correction.present()).isEqualTo(original.present());
		assertThat(correction.members()).isEqualTo(original.members());
		assertThat(correction.signatures()).isEmpty();
		assertThat(original.isSigned()).isTrue();
	}

	@Test
	void aSignedCorrectionTellsWhichProtocolItCorrects() {
		CouncilProtocol original = signedProtocol(council, decided(PLAN, DecisionKind.GENERAL));
		CouncilProtocol correction = original.correction(false);
		correction.write(List.of(decided(PLAN, DecisionKind.APPROVE_SESSION_PLAN)), HALF);

		correction.sign(Signatory.CHAIR, chair, true, NOON, BISHKEK);
		correction.sign(Signatory.SECRETARY, secretary, true, NOON, BISHKEK);

		assertThat(events(correction, CouncilProtocolSigned.class)).singleElement()
				.satisfies(signed -> assertThat(signed.corrects()).isEqualTo(original.getId()));
		assertThat(events(correction, DecisionAdopted.class)).singleElement()
				.satisfies(adopted -> assertThat(adopted.kind()).isEqualTo(DecisionKind.APPROVE_SESSION_PLAN));
	}

	@Test
	void onlyASignedProtocolIsCorrected() {
		CouncilProtocol draft = writtenDraft();

		RuleViolation refusal = refusal(() -> draft.correction(false));

		assertThat(refusal.code()).isEqualTo("council.protocol.correctOnlySigned");
	}

	/** The draft protocol of a session held today with the council's first {@code present} members present. */
	private CouncilProtocol draftWith(int present, String... questions) {
		CouncilProtocol protocol = CouncilProtocol.draft(heldSession(council, firstMembers(council, present), questions));
		forgetEvents(protocol);
		return protocol;
	}

	/** A draft with three decisions written: a voted plan, a recommendation for a teacher and a task. */
	private CouncilProtocol writtenDraft() {
		CouncilProtocol protocol = draftWith(5, PLAN, ATTESTATION, SEMINAR);
		protocol.write(List.of(
				new CouncilProtocolEntry(PLAN, "Талкууланды", "Кабыл алынсын", DecisionKind.APPROVE_SESSION_PLAN, null,
						null, null, null, 5, 0, 0),
				new CouncilProtocolEntry(ATTESTATION, null, "Биринчи категорияга сунушталсын",
						DecisionKind.RECOMMEND_TEACHER, teacher, null, null, null, null, null, null,
						kg.usulduk.council.Recommendation.ATTESTATION_CATEGORY, "биринчи категория"),
				task(SEMINAR, teacher, TODAY.plusDays(14))), HALF);
		return protocol;
	}

	private static CouncilProtocolEntry voted(String question, Integer votesFor, Integer against, Integer abstained) {
		return new CouncilProtocolEntry(question, "Добушка коюлду", "Кабыл алынсын", DecisionKind.GENERAL, null, null,
				null, null, votesFor, against, abstained);
	}
}
