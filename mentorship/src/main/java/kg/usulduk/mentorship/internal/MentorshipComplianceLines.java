package kg.usulduk.mentorship.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import kg.usulduk.school.ComplianceLine;
import kg.usulduk.school.ComplianceLine.Scope;
import kg.usulduk.school.ComplianceSource;
import kg.usulduk.school.SchoolId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The mentorships' rules (plan IV.1) for the compliance page: the pairs the director's order assigned in the year, of
 * all the schools asked about, in one statement, judged by {@link MentorshipCompliance}. The pair is named as its
 * order printed it (the names are frozen there), so no other context is asked.
 */
@Component
class MentorshipComplianceLines implements ComplianceSource {

	private static final String SELECT = """
			SELECT m.id, m.school_id, m.term_start, m.term_end, m.mentor_plan_approved_on, m.young_plan_approved_on,
			       m.young_teacher_report_on, m.mentor_reference_on, r.mentor_name, r.young_name
			FROM mentorship.mentorships m
			LEFT JOIN mentorship.order_rows r ON r.order_id = m.order_id AND r.mentorship = m.id
			WHERE m.school_id IN (:schools) AND m.school_year = :year AND m.status IN ('ASSIGNED', 'COMPLETED')
			  AND m.term_start IS NOT NULL AND m.term_end IS NOT NULL
			ORDER BY r.young_name, m.id""";

	private final JdbcClient jdbc;

	MentorshipComplianceLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	private record Pair(UUID id, SchoolId school, String name, MentorshipCompliance.Facts facts) {
	}

	@Override
	public List<ComplianceLine> lines(Question question) {
		if (question.schools().isEmpty() || !question.asks(Scope.MENTORSHIP)) {
			return List.of();
		}
		List<Pair> pairs = jdbc.sql(SELECT)
				.param("schools", question.schoolIds().stream().map(SchoolId::value).toList())
				.param("year", question.year().startYear())
				.query((rs, n) -> new Pair(rs.getObject("id", UUID.class),
						new SchoolId(rs.getObject("school_id", UUID.class)),
						rs.getString("young_name") == null ? ""
								: rs.getString("young_name") + " — " + rs.getString("mentor_name"),
						new MentorshipCompliance.Facts(rs.getObject("term_start", LocalDate.class),
								rs.getObject("term_end", LocalDate.class),
								rs.getObject("mentor_plan_approved_on", LocalDate.class),
								rs.getObject("young_plan_approved_on", LocalDate.class),
								rs.getObject("young_teacher_report_on", LocalDate.class),
								rs.getObject("mentor_reference_on", LocalDate.class))))
				.list();
		List<ComplianceLine> lines = new ArrayList<>();
		for (Pair pair : pairs) {
			lines.addAll(lines(pair.school(), pair.id(), pair.name(), MentorshipCompliance.of(pair.facts(),
					question.quartersOf(pair.school()), question.today())));
		}
		return lines;
	}

	static List<ComplianceLine> lines(SchoolId school, UUID pair, String name, MentorshipCompliance compliance) {
		return compliance.checks().stream()
				.map(check -> new ComplianceLine(school, Scope.MENTORSHIP, pair.toString(), name,
						"plan " + check.rule().clause(), "mentorship.rule." + check.rule(), check.reason(),
						check.arguments(), check.standing(), "/mentorship/" + pair, null))
				.toList();
	}
}
