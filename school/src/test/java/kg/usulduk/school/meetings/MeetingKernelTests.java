package kg.usulduk.school.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.StaffId;

import org.junit.jupiter.api.Test;

class MeetingKernelTests {

	static final StaffId AIGUL = StaffId.random();
	static final StaffId BAKYT = StaffId.random();
	static final StaffId NEWCOMER = StaffId.random();
	static final StaffId STRANGER = StaffId.random();
	static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
	static final LocalTime AFTER_LESSONS = LocalTime.of(14, 30);

	static RuleViolation refusal(Runnable act) {
		return (RuleViolation) catchThrowable(act::run);
	}

	@Test
	void aMeetingWithoutQuestionsIsRefusedInTheWordsOfItsContext() {
		RuleViolation refusal = refusal(() -> Agenda.checked(List.of(), "council"));

		assertThat(refusal.code()).isEqualTo("council.session.agendaEmpty");
		assertThat(refusal.field()).isEqualTo("agenda");
	}

	@Test
	void aMeetingTakesNoMoreThanTwentyQuestions() {
		List<AgendaItem> twentyOne = Collections.nCopies(21, new AgendaItem("Суроо"));

		assertThat(refusal(() -> Agenda.checked(twentyOne, "association")).code())
				.isEqualTo("association.session.agendaTooLong");
		assertThat(Agenda.checked(twentyOne.subList(0, 20), "association")).hasSize(20);
	}

	@Test
	void anAgendaTypedOneQuestionALineKeepsItsOrderWithoutTheWritersNumbers() {
		List<AgendaItem> agenda = Agenda.fromLines("1. Иш планы\n\n2) Ачык сабактар\r\nОлимпиада");

		assertThat(Agenda.titles(agenda)).containsExactly("Иш планы", "Ачык сабактар", "Олимпиада");
		assertThat(agenda).allSatisfy(item -> assertThat(item.speaker()).isNull());
	}

	@Test
	void anAgendaQuestionHasATitleOnOneLine() {
		assertThat(refusal(() -> new AgendaItem(" ")).code()).isEqualTo("validation.required");
		assertThat(refusal(() -> new AgendaItem("Биринчи\nэкинчи")).code()).isEqualTo("validation.oneLine");
	}

	@Test
	void aHeldMeetingMarksEveryoneExpectedPresentOrAbsentAndAddsANewcomerPresent() {
		var attendance = Attendance.taken(List.of(AIGUL, BAKYT), Set.of(AIGUL, NEWCOMER), person -> person != STRANGER,
				"association");

		assertThat(Attendance.present(attendance)).containsExactlyInAnyOrder(AIGUL, NEWCOMER);
		assertThat(Attendance.absent(attendance)).containsExactly(BAKYT);
		assertThat(Attendance.invited(attendance)).containsExactlyInAnyOrder(AIGUL, BAKYT, NEWCOMER);
	}

	@Test
	void anAbsenceKeepsItsReasonAndAPresenceNone() {
		var attendance = Attendance.taken(List.of(AIGUL, BAKYT), Set.of(AIGUL),
				java.util.Map.of(BAKYT, " Курста ", AIGUL, "Ооруп калды"), person -> true, "council");

		assertThat(Attendance.absenceReasons(attendance)).containsExactly(java.util.Map.entry(BAKYT, "Курста"));
	}

	@Test
	void theReasonsAFormSendsArePairedWithTheirPeopleAndBlankOnesSkipped() {
		assertThat(Attendance.reasonsByPerson(List.of(AIGUL, BAKYT, NEWCOMER), List.of("", "Курста")))
				.containsExactly(java.util.Map.entry(BAKYT, "Курста"));
		assertThat(Attendance.reasonsByPerson(null, List.of("Курста"))).isEmpty();
	}

	@Test
	void anAbsenceReasonIsOneShortLine() {
		assertThat(refusal(() -> new Attendee(BAKYT, false, "Курста\nжана ооруп")).code())
				.isEqualTo("validation.oneLine");
		assertThat(refusal(() -> new Attendee(BAKYT, false, "ы".repeat(201))).code()).isEqualTo("validation.tooLong");
	}

	@Test
	void aMeetingNobodyAttendedWasNotHeld() {
		RuleViolation refusal = refusal(() -> Attendance.taken(List.of(AIGUL), Set.of(), person -> true, "council"));

		assertThat(refusal.code()).isEqualTo("council.session.nobodyPresent");
		assertThat(refusal.field()).isEqualTo("present");
	}

	@Test
	void onlyThoseWhoMayAttendAreMarkedPresent() {
		assertThat(refusal(() -> Attendance.taken(List.of(AIGUL), Set.of(STRANGER), person -> person != STRANGER,
				"association")).code()).isEqualTo("association.session.presentNotMember");
	}

	@Test
	void aMoveKeepsWhereFromWhereToAndWhy() {
		Move move = Move.of(TODAY.plusDays(7), AFTER_LESSONS, "21-каб.", TODAY.plusDays(9), LocalTime.of(13, 0),
				" 21-каб. ", "  Райондук семинар ", TODAY, "association");

		assertThat(move).isEqualTo(new Move(TODAY.plusDays(7), AFTER_LESSONS, TODAY.plusDays(9), LocalTime.of(13, 0),
				"Райондук семинар", TODAY));
	}

	@Test
	void aMoveNeedsAReason() {
		assertThat(refusal(() -> Move.of(TODAY, AFTER_LESSONS, null, TODAY.plusDays(1), AFTER_LESSONS, null, " ", TODAY,
				"council")).field()).isEqualTo("reason");
	}

	@Test
	void aMoveThatChangesNothingIsRefused() {
		RuleViolation refusal = refusal(() -> Move.of(TODAY, AFTER_LESSONS, "Зал", TODAY, AFTER_LESSONS, "Зал",
				"Себеп", TODAY, "council"));

		assertThat(refusal.code()).isEqualTo("council.session.unchanged");
		assertThat(refusal.field()).isEqualTo("date");
	}

	@Test
	void aMeetingIsNotSetForADayAlreadyPast() {
		assertThat(refusal(() -> Move.requireWhen(TODAY.minusDays(1), AFTER_LESSONS, TODAY, "association")).code())
				.isEqualTo("association.date.past");
		assertThat(refusal(() -> Move.requireWhen(TODAY, null, TODAY, "association")).field()).isEqualTo("time");
		Move.requireWhen(TODAY, AFTER_LESSONS, TODAY, "association");
	}

	@Test
	void onlyAScheduledMeetingMovesIsCancelledOrIsHeld() {
		MeetingStatus.SCHEDULED.requireScheduled("council");

		assertThat(refusal(() -> MeetingStatus.HELD.requireScheduled("council")).code())
				.isEqualTo("council.session.alreadyHeld");
		assertThat(refusal(() -> MeetingStatus.CANCELLED.requireScheduled("association")).code())
				.isEqualTo("association.session.cancelled");
	}

	@Test
	void aDraftProtocolHasOneBlankEntryPerAgendaQuestionInOrder() {
		List<ProtocolEntry> entries = Minutes.draftFor(List.of(new AgendaItem("Иш планы"), new AgendaItem("Олимпиада")));

		assertThat(entries).containsExactly(ProtocolEntry.blank("Иш планы"), ProtocolEntry.blank("Олимпиада"));
		assertThat(entries).noneMatch(ProtocolEntry::hasDecision);
	}

	@Test
	void aProtocolAnswersTheQuestionsOfItsDraftOneByOne() {
		List<ProtocolEntry> draft = List.of(ProtocolEntry.blank("Иш планы"), ProtocolEntry.blank("Олимпиада"));
		List<ProtocolEntry> swapped = List.of(ProtocolEntry.blank("Олимпиада"), ProtocolEntry.blank("Иш планы"));

		assertThat(refusal(() -> Minutes.requireSameQuestions(draft, swapped, ProtocolEntry::question, "council")).code())
				.isEqualTo("council.protocol.entriesMismatch");
		assertThat(refusal(() -> Minutes.requireSameQuestions(draft, draft.subList(0, 1), ProtocolEntry::question,
				"council")).code()).isEqualTo("council.protocol.entriesMismatch");
	}

	@Test
	void aProtocolWithAQuestionUndecidedIsNotSignedAndSaysWhichQuestion() {
		List<ProtocolEntry> entries = List.of(new ProtocolEntry("Иш планы", "Угулду", "Бекитилсин", null),
				ProtocolEntry.blank("Олимпиада"));

		RuleViolation refusal = refusal(() -> Minutes.requireDecisions(entries, e -> e, "association"));

		assertThat(refusal.code()).isEqualTo("association.protocol.decisionMissing");
		assertThat(refusal.arguments()).containsExactly(2);
	}

	@Test
	void aMeetingIsNumberedAmongTheYearsMeetingsNotCancelled() {
		List<TestMeeting> year = List.of(new TestMeeting("a", MeetingStatus.HELD),
				new TestMeeting("b", MeetingStatus.CANCELLED), new TestMeeting("c", MeetingStatus.SCHEDULED));

		assertThat(Meeting.numberOf(year.get(2), year, TestMeeting::id)).isEqualTo(2);
	}

	record TestMeeting(String id, MeetingStatus status) implements Meeting {

		public LocalDate date() {
			return TODAY;
		}

		public LocalTime time() {
			return AFTER_LESSONS;
		}

		public String place() {
			return null;
		}

		public String cancelReason() {
			return null;
		}

		public List<AgendaItem> agenda() {
			return List.of();
		}

		public List<Move> moves() {
			return List.of();
		}

		public List<StaffId> invited() {
			return List.of(AIGUL, BAKYT);
		}

		public List<StaffId> presentMembers() {
			return List.of(AIGUL);
		}

		public java.util.Map<StaffId, String> absenceReasons() {
			return java.util.Map.of(BAKYT, "Курста");
		}

		public Integer version() {
			return 0;
		}
	}

	@Test
	void aMeetingsAbsentAreThoseInvitedWhoDidNotComeListedWithTheirReasons() {
		TestMeeting held = new TestMeeting("a", MeetingStatus.HELD);

		assertThat(held.absentMembers()).containsExactly(BAKYT);
		assertThat(held.absentLine(person -> person.equals(BAKYT) ? "Осмонов Бакыт" : "?"))
				.isEqualTo("Осмонов Бакыт (Курста)");
	}
}
