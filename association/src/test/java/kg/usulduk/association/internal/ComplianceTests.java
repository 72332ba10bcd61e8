package kg.usulduk.association.internal;

import static kg.usulduk.association.internal.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import kg.usulduk.association.internal.Compliance.Check;
import kg.usulduk.association.internal.Compliance.Rule;
import kg.usulduk.association.internal.Compliance.Status;
import kg.usulduk.association.internal.Compliance.YearFacts;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.SchoolYear;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComplianceTests {

	/** 2025–2026, over by {@link Fixtures#TODAY}. */
	static final SchoolYear FINISHED = SchoolYear.of(TODAY).previous();

	/** 2026–2027, running on {@link Fixtures#TODAY}. */
	static final SchoolYear RUNNING = SchoolYear.of(TODAY);

	static final int DEFAULT_MINIMUM = SchoolSettings.DEFAULTS.minimumAssociationSessions();

	@Test
	void associationWithThreeHeldSessionsBreaksTheMinimumOfFour() {
		// 001 §5.5: at least four sessions a school year.
		Check sessions = judge(sessions(FINISHED, 3, 0), DEFAULT_MINIMUM).check(Rule.MINIMUM_SESSIONS);

		assertThat(sessions.status()).isEqualTo(Status.BROKEN);
		assertThat(sessions.reason()).isEqualTo("association.rule.sessions.broken");
		assertThat(sessions.arguments()).containsExactly(3, 4);
	}

	@Test
	void associationWithFourHeldSessionsMeetsTheMinimum() {
		// 001 §5.5
		Check sessions = judge(sessions(FINISHED, 4, 0), DEFAULT_MINIMUM).check(Rule.MINIMUM_SESSIONS);

		assertThat(sessions.status()).isEqualTo(Status.MET);
		assertThat(sessions.reason()).isEqualTo("association.rule.sessions.met");
		assertThat(sessions.arguments()).containsExactly(4, 4);
	}

	@Test
	void aSchoolSettingOfSevenMakesFourHeldSessionsBroken() {
		// 004: this school meets monthly, seven times a year.
		SchoolSettings monthly = new SchoolSettings(7, 3, 3, List.of(3, 1), 50);

		Check sessions = judge(sessions(FINISHED, 4, 0), monthly.minimumAssociationSessions())
				.check(Rule.MINIMUM_SESSIONS);

		assertThat(sessions.status()).isEqualTo(Status.BROKEN);
		assertThat(sessions.arguments()).containsExactly(4, 7);
	}

	@Test
	void scheduledSessionsDoNotCountOnceTheYearIsOver() {
		// 001 §5.5: only sessions held count.
		Check sessions = judge(sessions(FINISHED, 3, 2), DEFAULT_MINIMUM).check(Rule.MINIMUM_SESSIONS);

		assertThat(sessions.status()).isEqualTo(Status.BROKEN);
	}

	@ParameterizedTest(name = "{0} held, {1} scheduled of {2}: {3} {4}")
	@CsvSource({
			"0, 0, 4, AT_RISK,  association.rule.sessions.missing,   0;4;4",
			"1, 1, 4, AT_RISK,  association.rule.sessions.missing,   1;4;2",
			"3, 0, 4, AT_RISK,  association.rule.sessions.missing,   3;4;1",
			"1, 3, 4, ON_TRACK, association.rule.sessions.scheduled, 1;4;3",
			"2, 5, 4, ON_TRACK, association.rule.sessions.scheduled, 2;4;5",
			"4, 2, 7, AT_RISK,  association.rule.sessions.missing,   4;7;1",
	})
	void duringTheYearTheMinimumIsOnTrackWhenTheScheduledSessionsReachItAndAtRiskWhenTheyCannot(int held,
			int scheduled, int minimum, Status status, String reason, String arguments) {
		// 001 §5.5: while the year runs, the minimum can still be reached by what is scheduled.
		Check sessions = judge(sessions(RUNNING, held, scheduled), minimum).check(Rule.MINIMUM_SESSIONS);

		assertThat(sessions.status()).isEqualTo(status);
		assertThat(sessions.reason()).isEqualTo(reason);
		assertThat(sessions.arguments()).containsExactly(ints(arguments));
	}

	@Test
	void aCreativeGroupKeepsNoMinimumOfSessions() {
		// 002 §2.1: a creative or problem group has no minimum of sessions; 001 §5.5 is the associations'.
		Compliance group = Compliance.of(sessions(FINISHED, 1, 0), DEFAULT_MINIMUM, TODAY,
				kg.usulduk.association.AssociationKind.CREATIVE_GROUP);
		Compliance association = Compliance.of(sessions(FINISHED, 1, 0), DEFAULT_MINIMUM, TODAY,
				kg.usulduk.association.AssociationKind.SUBJECT);

		assertThat(group.applies(Rule.MINIMUM_SESSIONS)).isFalse();
		assertThat(group.overall()).isEqualTo(Status.MET);
		assertThat(association.check(Rule.MINIMUM_SESSIONS).status()).isEqualTo(Status.BROKEN);
	}

	@Test
	void aCreativeGroupOwesNoPracticalSeminarButItsYearIsStillAnalysed() {
		// 001 §5.6 is a subject association's form of work; a creative or problem group (002 §2.1) is not one.
		// 001 §5.7: every association's year is analysed by the deputy, the group's too.
		YearFacts noSeminar = new YearFacts(FINISHED, 1, 0, 0, 0, 0, false);
		Compliance group = Compliance.of(noSeminar, DEFAULT_MINIMUM, TODAY,
				kg.usulduk.association.AssociationKind.CREATIVE_GROUP);
		Compliance association = Compliance.of(noSeminar, DEFAULT_MINIMUM, TODAY,
				kg.usulduk.association.AssociationKind.SUBJECT);

		assertThat(group.applies(Rule.PRACTICAL_SEMINAR)).isFalse();
		assertThat(association.check(Rule.PRACTICAL_SEMINAR).status()).isEqualTo(Status.BROKEN);
		assertThat(group.check(Rule.YEAR_END_ANALYSIS).status()).isEqualTo(Status.BROKEN);
	}

	@Test
	void aSessionWithoutASignedProtocolDoesNotCountForTheMinimum() {
		// 001 §5.5: a session counts when held and its protocol is drawn up and signed.
		Check finished = judge(new YearFacts(FINISHED, 3, 1, 0, 1, 0, 0, true), DEFAULT_MINIMUM)
				.check(Rule.MINIMUM_SESSIONS);
		Check running = judge(new YearFacts(RUNNING, 3, 1, 0, 1, 0, 0, true), DEFAULT_MINIMUM)
				.check(Rule.MINIMUM_SESSIONS);

		assertThat(finished.status()).isEqualTo(Status.BROKEN);
		assertThat(finished.reason()).isEqualTo("association.rule.sessions.brokenUnsigned");
		assertThat(finished.arguments()).containsExactly(3, 4, 1);
		assertThat(running.status()).isEqualTo(Status.ON_TRACK);
		assertThat(running.reason()).isEqualTo("association.rule.sessions.protocolMissing");
	}

	@Test
	void duringTheYearEnoughHeldSessionsMeetTheMinimumAlready() {
		Check sessions = judge(sessions(RUNNING, 4, 0), DEFAULT_MINIMUM).check(Rule.MINIMUM_SESSIONS);

		assertThat(sessions.status()).isEqualTo(Status.MET);
	}

	@Test
	void theYearIsOverOnlyAfterItsLastDay() {
		YearFacts threeHeld = sessions(FINISHED, 3, 0);

		Check onTheLastDay = Compliance.of(threeHeld, DEFAULT_MINIMUM, FINISHED.end()).check(Rule.MINIMUM_SESSIONS);
		Check theDayAfter = Compliance.of(threeHeld, DEFAULT_MINIMUM, FINISHED.end().plusDays(1))
				.check(Rule.MINIMUM_SESSIONS);

		assertThat(onTheLastDay.status()).isEqualTo(Status.AT_RISK);
		assertThat(theDayAfter.status()).isEqualTo(Status.BROKEN);
	}

	@ParameterizedTest(name = "{0}: {1} held, {2} scheduled -> {3}")
	@CsvSource({
			"FINISHED, 1, 0, MET,     association.rule.seminar.met",
			"RUNNING,  1, 0, MET,     association.rule.seminar.met",
			"RUNNING,  0, 1, ON_TRACK, association.rule.seminar.scheduled",
			"RUNNING,  0, 0, AT_RISK, association.rule.seminar.missing",
			"FINISHED, 0, 1, BROKEN,  association.rule.seminar.broken",
			"FINISHED, 0, 0, BROKEN,  association.rule.seminar.broken",
	})
	void associationHoldsAtLeastOnePracticalSeminarAYear(String year, int held, int scheduled, Status status,
			String reason) {
		// 001 §5.6: at least one practical seminar a year.
		YearFacts facts = new YearFacts(year(year), 4, 0, held, scheduled, 2, true);

		Check seminar = judge(facts, DEFAULT_MINIMUM).check(Rule.PRACTICAL_SEMINAR);

		assertThat(seminar.status()).isEqualTo(status);
		assertThat(seminar.reason()).isEqualTo(reason);
	}

	@Test
	void aSeminarWithoutOpenLessonsInItsProgrammeDoesNotCount() {
		// 001 §5.6: a practical seminar "with thematic open lessons and extracurricular events": held alone, it is
		// no seminar of the rule.
		Check finished = judge(new YearFacts(FINISHED, 4, 0, 0, 0, 0, 0, true, 1), DEFAULT_MINIMUM)
				.check(Rule.PRACTICAL_SEMINAR);
		Check running = judge(new YearFacts(RUNNING, 4, 0, 0, 0, 0, 0, false, 1), DEFAULT_MINIMUM)
				.check(Rule.PRACTICAL_SEMINAR);

		assertThat(finished.status()).isEqualTo(Status.BROKEN);
		assertThat(finished.reason()).isEqualTo("association.rule.seminar.brokenNoProgramme");
		assertThat(finished.arguments()).containsExactly(1);
		assertThat(running.status()).isEqualTo(Status.AT_RISK);
		assertThat(running.reason()).isEqualTo("association.rule.seminar.noProgramme");
	}

	@Test
	void aHeldSeminarWhoseOpenLessonIsStillToComeIsOnTrack() {
		// 001 §5.6: the seminar counts once an open lesson of its programme is held; one scheduled can still make it.
		Check seminar = judge(new YearFacts(RUNNING, 4, 0, 1, 0, 1, 0, false, 0), DEFAULT_MINIMUM)
				.check(Rule.PRACTICAL_SEMINAR);

		assertThat(seminar.status()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void aMetSeminarRuleTellsHowManySeminarsAndOpenLessonsWereHeld() {
		Check seminar = judge(new YearFacts(RUNNING, 0, 0, 2, 0, 5, false), DEFAULT_MINIMUM)
				.check(Rule.PRACTICAL_SEMINAR);

		assertThat(seminar.arguments()).containsExactly(2, 5);
	}

	@ParameterizedTest(name = "{0}, analysed: {1}, sessions scheduled: {2} -> {3}")
	@CsvSource({
			"FINISHED, true,  0, MET,      association.rule.yearEnd.met",
			"RUNNING,  true,  0, MET,      association.rule.yearEnd.met",
			"RUNNING,  false, 1, ON_TRACK, association.rule.yearEnd.pending",
			"RUNNING,  false, 0, AT_RISK,  association.rule.yearEnd.noSessionLeft",
			"FINISHED, false, 0, BROKEN,   association.rule.yearEnd.broken",
	})
	void theDeputyAnalysesTheYearAtItsLastSession(String year, boolean done, int scheduled, Status status,
			String reason) {
		// 001 §5.7: the deputy analyses the year and gives directions at the last session.
		YearFacts facts = new YearFacts(year(year), 4, scheduled, 1, 0, 0, done);

		Check yearEnd = judge(facts, DEFAULT_MINIMUM).check(Rule.YEAR_END_ANALYSIS);

		assertThat(yearEnd.status()).isEqualTo(status);
		assertThat(yearEnd.reason()).isEqualTo(reason);
	}

	@Test
	void eachRuleNamesTheClauseItComesFrom() {
		assertThat(Rule.MINIMUM_SESSIONS.clause()).isEqualTo("001 §5.5");
		assertThat(Rule.PRACTICAL_SEMINAR.clause()).isEqualTo("001 §5.6");
		assertThat(Rule.YEAR_END_ANALYSIS.clause()).isEqualTo("001 §5.7");
	}

	@Test
	void aFinishedYearWithEveryRuleKeptIsMet() {
		Compliance compliance = judge(new YearFacts(FINISHED, 4, 0, 1, 0, 3, true), DEFAULT_MINIMUM);

		assertThat(compliance.checks()).extracting(Check::status).containsOnly(Status.MET);
		assertThat(compliance.overall()).isEqualTo(Status.MET);
	}

	@Test
	void overallIsTheWorstOfTheRules() {
		Compliance missedSeminar = judge(new YearFacts(FINISHED, 5, 0, 0, 0, 3, true), DEFAULT_MINIMUM);
		Compliance pendingYearEnd = judge(new YearFacts(RUNNING, 5, 0, 1, 0, 3, false), DEFAULT_MINIMUM);
		Compliance onTrack = judge(new YearFacts(RUNNING, 5, 1, 1, 0, 3, false), DEFAULT_MINIMUM);
		Compliance mixed = new Compliance(RUNNING, List.of(
				new Check(Rule.MINIMUM_SESSIONS, Status.BROKEN, "association.rule.sessions.broken", List.of(1, 4)),
				new Check(Rule.PRACTICAL_SEMINAR, Status.AT_RISK, "association.rule.seminar.missing", List.of()),
				new Check(Rule.YEAR_END_ANALYSIS, Status.MET, "association.rule.yearEnd.met", List.of())));

		assertThat(missedSeminar.overall()).isEqualTo(Status.BROKEN);
		assertThat(pendingYearEnd.overall()).isEqualTo(Status.AT_RISK);
		assertThat(onTrack.overall()).isEqualTo(Status.ON_TRACK);
		assertThat(mixed.overall()).isEqualTo(Status.BROKEN);
	}

	private static Compliance judge(YearFacts facts, int minimumSessions) {
		return Compliance.of(facts, minimumSessions, TODAY);
	}

	/** A year's facts about sessions only, with the other rules kept. */
	private static YearFacts sessions(SchoolYear year, int held, int scheduled) {
		return new YearFacts(year, held, scheduled, 1, 0, 0, true);
	}

	private static SchoolYear year(String name) {
		return "FINISHED".equals(name) ? FINISHED : RUNNING;
	}

	private static Object[] ints(String semicolonSeparated) {
		return Arrays.stream(semicolonSeparated.split(";")).map(String::strip).map(Integer::valueOf)
				.toArray();
	}
}
