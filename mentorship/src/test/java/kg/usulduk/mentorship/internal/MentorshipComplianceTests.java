package kg.usulduk.mentorship.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kg.usulduk.mentorship.internal.MentorshipCompliance.Check;
import kg.usulduk.mentorship.internal.MentorshipCompliance.Facts;
import kg.usulduk.mentorship.internal.MentorshipCompliance.Rule;
import kg.usulduk.school.ComplianceLine;
import kg.usulduk.school.ComplianceLine.Standing;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;

import org.junit.jupiter.api.Test;

/** A pair's rules (plan IV.1.B, IV.1 item 1): plans by the end of the term's first quarter, reports by its end. */
class MentorshipComplianceTests {

	static final SchoolYear YEAR = SchoolYear.of(LocalDate.of(2026, 10, 1));
	static final List<Quarter> QUARTERS = Quarter.defaultsFor(YEAR);
	static final LocalDate START = YEAR.start();
	static final LocalDate END = YEAR.end();
	static final LocalDate FIRST_QUARTER_END = QUARTERS.get(0).end();

	static Check check(Facts facts, LocalDate today, Rule rule) {
		return MentorshipCompliance.of(facts, QUARTERS, today).checks().stream().filter(c -> c.rule() == rule)
				.findFirst().orElseThrow();
	}

	static Facts facts(LocalDate mentorPlan, LocalDate youngPlan, LocalDate report, LocalDate reference) {
		return new Facts(START, END, mentorPlan, youngPlan, report, reference);
	}

	@Test
	void theFirstQuarterIsTheSchoolsQuarterTheTermStartsIn() {
		assertThat(MentorshipCompliance.firstQuarterEnd(START, END, QUARTERS)).isEqualTo(FIRST_QUARTER_END);
		// A term starting in the second quarter has its plans due at that quarter's end.
		assertThat(MentorshipCompliance.firstQuarterEnd(QUARTERS.get(1).start().plusDays(3), END, QUARTERS))
				.isEqualTo(QUARTERS.get(1).end());
	}

	@Test
	void bothPlansApprovedByTheEndOfTheFirstQuarterAreMet() {
		Check check = check(facts(START.plusDays(10), START.plusDays(12), null, null), START.plusDays(20),
				Rule.PLANS_APPROVED);
		assertThat(check.standing()).isEqualTo(Standing.MET);
	}

	@Test
	void aPlanStillUnapprovedEarlyInTheQuarterIsOnTrackAndAtRiskInItsLastTwoWeeks() {
		Facts facts = facts(START.plusDays(10), null, null, null);
		assertThat(check(facts, START.plusDays(11), Rule.PLANS_APPROVED).standing()).isEqualTo(Standing.ON_TRACK);
		assertThat(check(facts, FIRST_QUARTER_END.minusDays(5), Rule.PLANS_APPROVED).standing())
				.isEqualTo(Standing.AT_RISK);
	}

	@Test
	void aPlanUnapprovedAfterTheFirstQuarterOrApprovedLateBreaksTheRule() {
		Check missing = check(facts(START.plusDays(10), null, null, null), FIRST_QUARTER_END.plusDays(1),
				Rule.PLANS_APPROVED);
		assertThat(missing.standing()).isEqualTo(Standing.BROKEN);
		assertThat(missing.reason()).isEqualTo("mentorship.compliance.PLANS_APPROVED.missing");
		assertThat(missing.arguments()).containsExactly(
				java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy").format(FIRST_QUARTER_END), 1);
		Check late = check(facts(START.plusDays(10), FIRST_QUARTER_END.plusDays(3), null, null),
				FIRST_QUARTER_END.plusDays(10), Rule.PLANS_APPROVED);
		assertThat(late.standing()).isEqualTo(Standing.BROKEN);
		assertThat(late.reason()).isEqualTo("mentorship.compliance.PLANS_APPROVED.late");
	}

	@Test
	void bothReportsByTheEndOfTheTermAreMetAMissingOneBreaksTheRuleOnceTheTermIsOver() {
		assertThat(check(facts(null, null, END.minusDays(20), END.minusDays(18)), END.plusDays(5),
				Rule.REPORTS_SUBMITTED).standing()).isEqualTo(Standing.MET);
		Facts onlyTheReport = facts(null, null, END.minusDays(20), null);
		assertThat(check(onlyTheReport, START.plusDays(30), Rule.REPORTS_SUBMITTED).standing())
				.isEqualTo(Standing.ON_TRACK);
		assertThat(check(onlyTheReport, END.minusDays(7), Rule.REPORTS_SUBMITTED).standing())
				.isEqualTo(Standing.AT_RISK);
		assertThat(check(onlyTheReport, END.plusDays(1), Rule.REPORTS_SUBMITTED).standing())
				.isEqualTo(Standing.BROKEN);
	}

	@Test
	void eachRuleIsALineOfThePairOnTheCompliancePageLinkingToIt() {
		SchoolId school = SchoolId.random();
		UUID pair = UUID.randomUUID();
		List<ComplianceLine> lines = MentorshipComplianceLines.lines(school, pair, "Мамытова Чолпон — Абдыкадырова Айпери",
				MentorshipCompliance.of(facts(null, null, null, null), QUARTERS, FIRST_QUARTER_END.plusDays(1)));
		assertThat(lines).hasSize(2).allSatisfy(line -> {
			assertThat(line.scope()).isEqualTo(ComplianceLine.Scope.MENTORSHIP);
			assertThat(line.scopeId()).isEqualTo(pair.toString());
			assertThat(line.link()).isEqualTo("/mentorship/" + pair);
		});
		assertThat(lines).extracting(ComplianceLine::standing).containsExactly(Standing.BROKEN, Standing.ON_TRACK);
		assertThat(lines).extracting(ComplianceLine::rule).containsExactly("mentorship.rule.PLANS_APPROVED",
				"mentorship.rule.REPORTS_SUBMITTED");
	}
}
