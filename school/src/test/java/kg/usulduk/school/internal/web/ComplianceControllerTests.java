package kg.usulduk.school.internal.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import kg.usulduk.school.ComplianceChart;
import kg.usulduk.school.ComplianceLine;
import kg.usulduk.school.ComplianceLine.Scope;
import kg.usulduk.school.ComplianceLine.Standing;
import kg.usulduk.school.SchoolId;

import org.junit.jupiter.api.Test;

/** How the compliance page groups the lines and draws the charts, without a server. */
class ComplianceControllerTests {

	static final SchoolId SCHOOL = new SchoolId(UUID.randomUUID());

	static ComplianceLine line(Scope scope, String id, String name, Standing standing) {
		return new ComplianceLine(SCHOOL, scope, id, name, "001 §5.5", "association.rule.MINIMUM_SESSIONS",
				"association.rule.sessions.met", List.of(4, 4), standing, "/associations/" + id, null);
	}

	@Test
	void anAssociationsRulesAndItsPlansApprovalAreOneBodyOfTheTable() {
		List<ComplianceController.Body> bodies = ComplianceController.bodies(List.of(
				line(Scope.COUNCIL, "c", "", Standing.MET), line(Scope.ASSOCIATION, "a", "Тарых", Standing.MET),
				line(Scope.PLAN, "a", "Тарых", Standing.BROKEN)));

		assertThat(bodies).extracting(ComplianceController.Body::scope).containsExactly(Scope.COUNCIL, Scope.ASSOCIATION);
		assertThat(bodies.get(1).lines()).hasSize(2);
		assertThat(bodies.get(1).name()).isEqualTo("Тарых");
	}

	@Test
	void aChartIsScaledToItsLargestValueOrTarget() {
		ComplianceChart chart = new ComplianceChart("association.rule.MINIMUM_SESSIONS.chart", 0, List.of(
				new ComplianceChart.Bar("compliance.label.name", List.of("Тарых"), 2, 4),
				new ComplianceChart.Bar("compliance.label.name", List.of("Математика"), 8, 4)));

		assertThat(chart.scale()).isEqualTo(8);
		assertThat(chart.bars()).extracting(ComplianceChart.Bar::reached).containsExactly(false, true);
	}

	@Test
	void aChartOfNothingDoneOfNothingPlannedStillHasAScaleToDivideBy() {
		ComplianceChart chart = new ComplianceChart("plans.chart.bySection", 30,
				List.of(new ComplianceChart.Bar("plans.section.ORGANISATION", List.of(), 0, 0)));

		assertThat(chart.scale()).isEqualTo(1);
		assertThat(chart.bars().get(0).reached()).isTrue();
	}
}
