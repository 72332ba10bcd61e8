package kg.usulduk.school.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import kg.usulduk.school.ComplianceLine;
import kg.usulduk.school.ComplianceLine.Scope;
import kg.usulduk.school.ComplianceLine.Standing;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.ToDo;

import org.junit.jupiter.api.Test;

/** The deputy's to-do for a body whose rules are at risk or broken: once per body, where its first rule is acted on. */
class ComplianceToDosTests {

	static final SchoolId SCHOOL = new SchoolId(UUID.randomUUID());

	static ComplianceLine line(Scope scope, String name, String link) {
		return new ComplianceLine(SCHOOL, scope, "id", name, "001 §5.6", "association.rule.PRACTICAL_SEMINAR",
				"association.rule.seminar.missing", List.of(), Standing.AT_RISK, link, null);
	}

	@Test
	void anAssociationWithTwoRulesAtRiskIsOneToDoNamingItAndCountingThem() {
		ToDo toDo = ComplianceToDos.toDo(List.of(line(Scope.ASSOCIATION, "Тарых", "/associations/1"),
				line(Scope.PLAN, "Тарых", "/plans/2")));

		assertThat(toDo.message()).isEqualTo("compliance.todo.association");
		assertThat(toDo.arguments()).containsExactly("Тарых", 2);
		assertThat(toDo.link()).isEqualTo("/associations/1");
	}

	@Test
	void theCouncilsToDoCountsItsRulesWithoutAName() {
		ToDo toDo = ComplianceToDos.toDo(List.of(line(Scope.COUNCIL, "", "/council?year=2026")));

		assertThat(toDo.message()).isEqualTo("compliance.todo.council");
		assertThat(toDo.arguments()).containsExactly(1);
	}

	@Test
	void onlyRulesAtRiskOrBrokenWantTheDeputysAction() {
		assertThat(Standing.AT_RISK.wantsAction()).isTrue();
		assertThat(Standing.BROKEN.wantsAction()).isTrue();
		assertThat(Standing.ON_TRACK.wantsAction()).isFalse();
		assertThat(Standing.MET.wantsAction()).isFalse();
	}
}
