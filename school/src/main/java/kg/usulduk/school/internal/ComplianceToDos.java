package kg.usulduk.school.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kg.usulduk.school.ComplianceLine;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.ToDo;
import kg.usulduk.school.ToDoSource;

import org.springframework.stereotype.Component;

/**
 * For the deputy, who supervises the associations (001 §9) and chairs the council (003 §4.1): each body whose rules
 * of the year are at risk or broken, once, linking to where the first of them is acted on.
 */
@Component
class ComplianceToDos implements ToDoSource {

	private final ComplianceReading compliance;

	ComplianceToDos(ComplianceReading compliance) {
		this.compliance = compliance;
	}

	@Override
	public List<ToDo> waitingFor(SchoolUser person, SchoolProfile school, LocalDate today) {
		if (person.isReadOnly() || !person.hasRole(Role.DEPUTY)) {
			return List.of();
		}
		Map<String, List<ComplianceLine>> byBody = new LinkedHashMap<>();
		// The associations' and the council's rules: a plan to agree waits for the deputy already as the plans' to-do.
		compliance.lines(List.of(school), SchoolYear.of(today), today,
				java.util.EnumSet.of(ComplianceLine.Scope.ASSOCIATION, ComplianceLine.Scope.COUNCIL)).stream()
				.filter(line -> line.standing().wantsAction())
				.forEach(line -> byBody.computeIfAbsent(line.scopeId(), body -> new ArrayList<>()).add(line));
		return byBody.values().stream().map(ComplianceToDos::toDo).toList();
	}

	static ToDo toDo(List<ComplianceLine> lines) {
		ComplianceLine first = lines.get(0);
		return first.scope() == ComplianceLine.Scope.COUNCIL
				? ToDo.of("compliance.todo.council", first.link(), null, lines.size())
				: ToDo.of("compliance.todo.association", first.link(), null, first.scopeName(), lines.size());
	}
}
