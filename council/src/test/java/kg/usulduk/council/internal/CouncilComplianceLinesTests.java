package kg.usulduk.council.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kg.usulduk.council.internal.CouncilComplianceLines.CouncilYear;
import kg.usulduk.council.internal.CouncilCompliance.SessionFact;
import kg.usulduk.school.ComplianceLine;
import kg.usulduk.school.ComplianceLine.Scope;
import kg.usulduk.school.ComplianceLine.Standing;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;

import org.junit.jupiter.api.Test;

/** The methodological council's rules as lines of the compliance page, judged by {@link CouncilCompliance}. */
class CouncilComplianceLinesTests {

	static final SchoolYear YEAR = new SchoolYear(2026);
	static final List<Quarter> QUARTERS = Quarter.defaultsFor(YEAR);
	static final SchoolId SCHOOL = new SchoolId(UUID.randomUUID());

	@Test
	void aSchoolThatHasNotFormedItsCouncilHasThePassedQuarterBrokenAndTheRunningOneAtRisk() {
		// 003 §5.1: a session every quarter; in December the first quarter is over, the second runs.
		LocalDate december = LocalDate.of(2026, 12, 2);
		List<ComplianceLine> lines = CouncilComplianceLines.lines(SCHOOL, YEAR, QUARTERS, CouncilYear.NONE, december);

		List<ComplianceLine> quarters = lines.stream().filter(line -> line.rule().equals("council.rule.QUARTERLY_SESSION"))
				.toList();
		assertThat(quarters).hasSize(4).allMatch(line -> line.clause().equals("003 §5.1"));
		assertThat(quarters.get(0).standing()).isEqualTo(Standing.BROKEN);
		assertThat(quarters.get(1).standing()).isEqualTo(Standing.AT_RISK);
		assertThat(lines).allMatch(line -> line.scope() == Scope.COUNCIL && line.school().equals(SCHOOL)
				&& line.link().startsWith("/council?year=2026&school=" + SCHOOL));
		assertThat(lines).extracting(ComplianceLine::rule).contains("council.rule.SECRETARY_AT_FIRST_SESSION",
				"council.rule.YEAR_END_SESSION", "council.rule.SESSION_PLAN_AT_FIRST_SESSION");
	}

	@Test
	void eachQuarterDrawsTheSessionsThatCountAgainstTheOneItNeeds() {
		// 003 §5.3: a held session counts only with its signed protocol.
		LocalDate first = QUARTERS.get(0).start().plusDays(10);
		CouncilYear year = new CouncilYear(UUID.randomUUID(), List.of(new SessionFact(first, true, true, false),
				new SessionFact(first.plusDays(7), true, false, false)), true, true);

		List<ComplianceLine> lines = CouncilComplianceLines.lines(SCHOOL, YEAR, QUARTERS, year, first.plusDays(8));

		ComplianceLine quarter = lines.get(0);
		assertThat(quarter.standing()).isEqualTo(Standing.MET);
		assertThat(quarter.progress().label()).isEqualTo("compliance.label.quarter");
		assertThat(quarter.progress().labelArguments()).containsExactly(1);
		assertThat(quarter.progress().done()).isEqualTo(1);
		assertThat(quarter.progress().target()).isEqualTo(1);
		assertThat(lines).filteredOn(line -> !line.rule().equals("council.rule.QUARTERLY_SESSION"))
				.allMatch(line -> line.progress() == null);
	}
}
