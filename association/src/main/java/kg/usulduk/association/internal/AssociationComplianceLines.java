package kg.usulduk.association.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Compliance.YearFacts;
import kg.usulduk.school.ComplianceLine;
import kg.usulduk.school.ComplianceLine.Progress;
import kg.usulduk.school.ComplianceLine.Scope;
import kg.usulduk.school.ComplianceLine.Standing;
import kg.usulduk.school.ComplianceSource;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The associations' rules (001 §5.5–5.7) for the compliance page: every open association of the schools asked about,
 * counted in one statement with the same counts as the association's own page and judged by {@link Compliance}.
 */
@Component
class AssociationComplianceLines implements ComplianceSource {

	private final JdbcClient jdbc;

	AssociationComplianceLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Judged(SchoolId school, UUID id, String name, AssociationKind kind, YearFacts facts) {
	}

	@Override
	public List<ComplianceLine> lines(Question question) {
		if (question.schools().isEmpty() || !question.asks(Scope.ASSOCIATION)) {
			return List.of();
		}
		Map<SchoolId, SchoolProfile> schools = question.schools().stream()
				.collect(Collectors.toMap(SchoolProfile::id, Function.identity()));
		List<Judged> judged = jdbc.sql("select a.school_id, a.id, a.name, a.kind, " + AssociationOverview.FACTS + """
				from association.associations a
				where a.school_id in (:schools) and a.status = 'OPEN'
				order by a.name, a.id""")
				.param("schools", question.schoolIds().stream().map(SchoolId::value).toList())
				.param("from", question.year().start()).param("to", question.year().end())
				.param("today", question.today()).param("year", question.year().startYear())
				.query((rs, n) -> new Judged(new SchoolId(rs.getObject("school_id", UUID.class)),
						rs.getObject("id", UUID.class), rs.getString("name"),
						AssociationKind.valueOf(rs.getString("kind")), AssociationOverview.facts(rs, question.year())))
				.list();
		List<ComplianceLine> lines = new ArrayList<>();
		for (Judged association : judged) {
			int minimum = schools.get(association.school()).settings().minimumAssociationSessions();
			Compliance compliance = Compliance.of(association.facts(), minimum, question.today(), association.kind());
			lines.addAll(lines(association.school(), association.id(), association.name(), association.facts(),
					compliance, minimum));
		}
		return lines;
	}

	/** One line per rule that applies to the association, in the order of the rules. */
	static List<ComplianceLine> lines(SchoolId school, UUID id, String name, YearFacts facts, Compliance compliance,
			int minimum) {
		String link = "/associations/" + id + "?year=" + facts.year().startYear() + "#compliance";
		return compliance.checks().stream().map(check -> new ComplianceLine(school, Scope.ASSOCIATION, id.toString(),
				name, check.rule().clause(), "association.rule." + check.rule(), check.reason(), check.arguments(),
				Standing.valueOf(check.status().name()), link,
				check.rule() == Compliance.Rule.MINIMUM_SESSIONS
						? new Progress("compliance.label.name", List.of(name), facts.heldSessions(), minimum)
						: null))
				.toList();
	}
}
