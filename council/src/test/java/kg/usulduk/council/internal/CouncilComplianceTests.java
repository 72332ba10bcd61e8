package kg.usulduk.council.internal;

import static kg.usulduk.council.internal.Fixtures.YEAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.council.internal.CouncilCompliance.Check;
import kg.usulduk.council.internal.CouncilCompliance.Rule;
import kg.usulduk.council.internal.CouncilCompliance.SessionFact;
import kg.usulduk.council.internal.CouncilCompliance.Status;
import kg.usulduk.school.Quarter;

import org.junit.jupiter.api.Test;

class CouncilComplianceTests {

	static final List<Quarter> QUARTERS = Quarter.defaultsFor(YEAR);

	/** In the second quarter (10 November – 28 December 2026). */
	static final LocalDate SECOND_QUARTER = LocalDate.of(2026, 11, 24);

	/** After the fourth quarter, still within the school year. */
	static final LocalDate SUMMER = LocalDate.of(2027, 6, 15);

	/** After the school year. */
	static final LocalDate NEXT_YEAR = LocalDate.of(2027, 9, 1);

	static SessionFact held(int year, int month, int day) {
		return new SessionFact(LocalDate.of(year, month, day), true, true, false);
	}

	static SessionFact planned(int year, int month, int day) {
		return new SessionFact(LocalDate.of(year, month, day), false, false, false);
	}

	static final SessionFact FIRST = held(2026, 9, 20);
	static final SessionFact SECOND = held(2026, 12, 10);
	static final SessionFact THIRD = held(2027, 2, 15);
	static final SessionFact YEAR_END = new SessionFact(LocalDate.of(2027, 5, 25), true, true, true);

	@Test
	void aYearWithoutASessionInOneQuarterBreaksTheQuarterlyRuleForThatQuarterOnly() {
		// 003 §5.1
		CouncilCompliance compliance = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST, THIRD, YEAR_END), true,
				SUMMER);

		assertThat(quarterly(compliance)).extracting(Check::quarter, Check::status).containsExactly(
				tuple(1, Status.MET), tuple(2, Status.BROKEN),
				tuple(3, Status.MET), tuple(4, Status.MET));
		Check second = quarterly(compliance).get(1);
		assertThat(second.reason()).isEqualTo("council.rule.quarter.broken");
		assertThat(second.arguments()).containsExactly(2, 0L);
		assertThat(compliance.overall()).isEqualTo(Status.BROKEN);
	}

	@Test
	void aYearWithASessionInEveryQuarterMeetsEveryRule() {
		// 003 §5.1, §5.2, §5.4
		CouncilCompliance compliance = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST, SECOND, THIRD, YEAR_END),
				true, SUMMER);

		assertThat(compliance.checks()).extracting(Check::status).containsOnly(Status.MET);
		assertThat(compliance.checks()).hasSize(6);
		assertThat(quarterly(compliance).get(0).arguments()).containsExactly(1, 1L);
		assertThat(compliance.overall()).isEqualTo(Status.MET);
	}

	@Test
	void aSessionPlannedButNotHeldDoesNotMeetTheQuarterlyRule() {
		// 003 §5.1: only sessions held count.
		CouncilCompliance compliance = CouncilCompliance.of(YEAR, QUARTERS,
				List.of(planned(2026, 10, 15), SECOND, THIRD, YEAR_END), true, SUMMER);

		assertThat(check(compliance, Rule.QUARTERLY_SESSION, 1).status()).isEqualTo(Status.BROKEN);
	}

	@Test
	void aRunningQuarterWithoutASessionIsOnTrackWhenOneIsPlannedAndAtRiskWhenNoneIs() {
		// 003 §5.1: while the quarter runs, the session can still take place.
		CouncilCompliance nonePlanned = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST), true, SECOND_QUARTER);
		CouncilCompliance onePlanned = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST, planned(2026, 12, 15)),
				true, SECOND_QUARTER);

		Check missing = check(nonePlanned, Rule.QUARTERLY_SESSION, 2);
		Check planned = check(onePlanned, Rule.QUARTERLY_SESSION, 2);
		assertThat(missing.status()).isEqualTo(Status.AT_RISK);
		assertThat(missing.reason()).isEqualTo("council.rule.quarter.missing");
		assertThat(planned.status()).isEqualTo(Status.ON_TRACK);
		assertThat(planned.reason()).isEqualTo("council.rule.quarter.planned");
		assertThat(check(nonePlanned, Rule.QUARTERLY_SESSION, 1).status()).isEqualTo(Status.MET);
	}

	@Test
	void theLastDayOfAQuarterStillCountsAsRunning() {
		// 003 §5.1
		LocalDate lastDay = QUARTERS.get(1).end();

		CouncilCompliance onTheLastDay = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST), true, lastDay);
		CouncilCompliance theDayAfter = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST), true, lastDay.plusDays(1));

		assertThat(check(onTheLastDay, Rule.QUARTERLY_SESSION, 2).status()).isEqualTo(Status.AT_RISK);
		assertThat(check(theDayAfter, Rule.QUARTERLY_SESSION, 2).status()).isEqualTo(Status.BROKEN);
	}

	@Test
	void aSecretaryElectedAtTheFirstSessionMeetsTheSecretaryRule() {
		// 003 §5.4
		CouncilCompliance compliance = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST), true, SECOND_QUARTER);

		Check secretary = check(compliance, Rule.SECRETARY_AT_FIRST_SESSION, 0);
		assertThat(secretary.status()).isEqualTo(Status.MET);
		assertThat(secretary.reason()).isEqualTo("council.rule.secretary.met");
	}

	@Test
	void aFirstSessionHeldWithoutElectingTheSecretaryBreaksTheSecretaryRule() {
		// 003 §5.4
		CouncilCompliance compliance = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST), false, SECOND_QUARTER);

		Check secretary = check(compliance, Rule.SECRETARY_AT_FIRST_SESSION, 0);
		assertThat(secretary.status()).isEqualTo(Status.BROKEN);
		assertThat(secretary.reason()).isEqualTo("council.rule.secretary.broken");
	}

	@Test
	void theSecretaryRuleIsOnTrackWhileTheFirstSessionIsPlanned() {
		// 003 §5.4
		CouncilCompliance beforeFirst = CouncilCompliance.of(YEAR, QUARTERS, List.of(planned(2026, 9, 20)), false,
				LocalDate.of(2026, 9, 10));
		CouncilCompliance yearOverWithoutOne = CouncilCompliance.of(YEAR, QUARTERS, List.of(), false, NEXT_YEAR);

		Check pending = check(beforeFirst, Rule.SECRETARY_AT_FIRST_SESSION, 0);
		assertThat(pending.status()).isEqualTo(Status.ON_TRACK);
		assertThat(pending.reason()).isEqualTo("council.rule.secretary.pending");
		assertThat(check(yearOverWithoutOne, Rule.SECRETARY_AT_FIRST_SESSION, 0).status()).isEqualTo(Status.BROKEN);
	}

	@Test
	void aHeldYearEndSessionMeetsTheYearEndRule() {
		// 003 §5.2
		CouncilCompliance compliance = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST, YEAR_END), true,
				NEXT_YEAR);

		Check yearEnd = check(compliance, Rule.YEAR_END_SESSION, 0);
		assertThat(yearEnd.status()).isEqualTo(Status.MET);
		assertThat(yearEnd.reason()).isEqualTo("council.rule.yearEnd.met");
	}

	@Test
	void aYearOverWithoutAYearEndSessionBreaksTheYearEndRule() {
		// 003 §5.2: a session held but not summing up the year does not count.
		CouncilCompliance compliance = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST, SECOND, THIRD,
				held(2027, 5, 25), new SessionFact(LocalDate.of(2027, 8, 30), false, false, true)), true, NEXT_YEAR);

		Check yearEnd = check(compliance, Rule.YEAR_END_SESSION, 0);
		assertThat(yearEnd.status()).isEqualTo(Status.BROKEN);
		assertThat(yearEnd.reason()).isEqualTo("council.rule.yearEnd.broken");
	}

	@Test
	void theYearEndRuleIsOnTrackWhenItsSessionIsPlannedAndAtRiskWhenNot() {
		// 003 §5.2
		CouncilCompliance nonePlanned = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST), true, SECOND_QUARTER);
		CouncilCompliance onePlanned = CouncilCompliance.of(YEAR, QUARTERS,
				List.of(FIRST, new SessionFact(LocalDate.of(2027, 5, 25), false, false, true)), true, SECOND_QUARTER);
		CouncilCompliance lastDay = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST), true, YEAR.end());

		assertThat(check(nonePlanned, Rule.YEAR_END_SESSION, 0).reason()).isEqualTo("council.rule.yearEnd.missing");
		assertThat(check(onePlanned, Rule.YEAR_END_SESSION, 0).reason()).isEqualTo("council.rule.yearEnd.planned");
		assertThat(List.of(nonePlanned, lastDay))
				.extracting(compliance -> check(compliance, Rule.YEAR_END_SESSION, 0).status())
				.containsOnly(Status.AT_RISK);
		assertThat(check(onePlanned, Rule.YEAR_END_SESSION, 0).status()).isEqualTo(Status.ON_TRACK);
	}

	@Test
	void aSessionHeldWithoutASignedProtocolDoesNotCountForTheQuarter() {
		// 003 §5.1 with §5.3: a session counts once its protocol is signed by the chair and the secretary.
		SessionFact unsigned = new SessionFact(LocalDate.of(2026, 12, 10), true, false, false);
		CouncilCompliance running = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST, unsigned), true,
				SECOND_QUARTER);
		CouncilCompliance over = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST, unsigned), true, SUMMER);

		assertThat(check(running, Rule.QUARTERLY_SESSION, 2).status()).isEqualTo(Status.ON_TRACK);
		assertThat(check(running, Rule.QUARTERLY_SESSION, 2).reason()).isEqualTo("council.rule.quarter.protocolMissing");
		assertThat(check(over, Rule.QUARTERLY_SESSION, 2).status()).isEqualTo(Status.BROKEN);
		assertThat(check(over, Rule.QUARTERLY_SESSION, 2).reason()).isEqualTo("council.rule.quarter.brokenUnsigned");
	}

	@Test
	void theOverallStatusIsTheWorstOfTheChecks() {
		CouncilCompliance met = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST, SECOND, THIRD, YEAR_END), true,
				SUMMER);
		CouncilCompliance atRisk = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST), true, SECOND_QUARTER);
		CouncilCompliance broken = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST), false, SECOND_QUARTER);

		assertThat(met.overall()).isEqualTo(Status.MET);
		assertThat(atRisk.overall()).isEqualTo(Status.AT_RISK);
		assertThat(broken.overall()).isEqualTo(Status.BROKEN);
	}

	@Test
	void eachRuleNamesItsClause() {
		assertThat(Rule.QUARTERLY_SESSION.clause()).isEqualTo("003 §5.1");
		assertThat(Rule.SECRETARY_AT_FIRST_SESSION.clause()).isEqualTo("003 §5.4");
		assertThat(Rule.YEAR_END_SESSION.clause()).isEqualTo("003 §5.2");
	}

	private static List<Check> quarterly(CouncilCompliance compliance) {
		return compliance.checks().stream().filter(check -> check.rule() == Rule.QUARTERLY_SESSION).toList();
	}

	private static Check check(CouncilCompliance compliance, Rule rule, int quarter) {
		return compliance.checks().stream().filter(check -> check.rule() == rule && check.quarter() == quarter)
				.findFirst().orElseThrow(() -> new AssertionError("no check of " + rule + " for quarter " + quarter));
	}

	@Test
	void thePlanOfSessionsIsApprovedAtTheFirstSession() {
		// 003 §5.1: "the plan of the council's sessions is approved at its first session".
		CouncilCompliance approved = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST), true, true, SECOND_QUARTER);
		CouncilCompliance notAtTheFirst = CouncilCompliance.of(YEAR, QUARTERS, List.of(FIRST), true, false,
				SECOND_QUARTER);
		CouncilCompliance ahead = CouncilCompliance.of(YEAR, QUARTERS, List.of(planned(2026, 9, 20)), true, false,
				LocalDate.of(2026, 9, 10));
		CouncilCompliance nothingPlanned = CouncilCompliance.of(YEAR, QUARTERS, List.of(), true, false,
				LocalDate.of(2026, 9, 10));

		assertThat(check(approved, Rule.SESSION_PLAN_AT_FIRST_SESSION, 0).status()).isEqualTo(Status.MET);
		assertThat(check(notAtTheFirst, Rule.SESSION_PLAN_AT_FIRST_SESSION, 0).status()).isEqualTo(Status.BROKEN);
		assertThat(check(ahead, Rule.SESSION_PLAN_AT_FIRST_SESSION, 0).status()).isEqualTo(Status.ON_TRACK);
		assertThat(check(nothingPlanned, Rule.SESSION_PLAN_AT_FIRST_SESSION, 0).status()).isEqualTo(Status.AT_RISK);
		assertThat(Rule.SESSION_PLAN_AT_FIRST_SESSION.clause()).isEqualTo("003 §5.1");
	}
}
