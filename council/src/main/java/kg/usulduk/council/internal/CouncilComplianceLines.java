package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kg.usulduk.council.internal.CouncilCompliance.SessionFact;
import kg.usulduk.school.ComplianceLine;
import kg.usulduk.school.ComplianceLine.Progress;
import kg.usulduk.school.ComplianceLine.Scope;
import kg.usulduk.school.ComplianceLine.Standing;
import kg.usulduk.school.ComplianceSource;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.meetings.MeetingStatus;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The methodological council's rules (003 §5.1–5.4) for the compliance page: the councils of the schools asked about
 * with all their sessions in one statement, judged by {@link CouncilCompliance} as the council's own page judges them.
 * A school that has not formed its council for the year is judged with no session, so its quarters show at risk or
 * broken rather than nothing.
 */
@Component
class CouncilComplianceLines implements ComplianceSource {

	private static final String SELECT = """
			SELECT c.school_id, c.id AS council_id, c.secretary_elected_at, s.id AS session_id, s.date, s.status,
			       s.year_end,
			       EXISTS (SELECT 1 FROM council.protocols p WHERE p.session_id = s.id AND p.status = 'SIGNED') AS signed,
			       EXISTS (SELECT 1 FROM council.protocols p JOIN council.protocol_entries e ON e.protocol_id = p.id
			               WHERE p.session_id = s.id AND p.status = 'SIGNED' AND e.kind = 'APPROVE_SESSION_PLAN') AS approves
			FROM council.councils c LEFT JOIN council.sessions s ON s.council_id = c.id
			WHERE c.school_id IN (:schools) AND c.school_year = :year AND c.body = 'METHODOLOGICAL'
			ORDER BY c.id, s.date, s.time""";

	private final JdbcClient jdbc;

	CouncilComplianceLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A session row of a council, or the council alone ({@code session} null) when it has none. */
	private record Row(SchoolId school, UUID council, UUID secretaryElectedAt, UUID session, LocalDate date,
			MeetingStatus status, boolean yearEnd, boolean signed, boolean approves) {
	}

	/** What the rules need of one council's year. */
	record CouncilYear(UUID council, List<SessionFact> sessions, boolean secretaryAtFirst, boolean planAtFirst) {

		static final CouncilYear NONE = new CouncilYear(null, List.of(), false, false);
	}

	@Override
	public List<ComplianceLine> lines(Question question) {
		if (question.schools().isEmpty() || !question.asks(Scope.COUNCIL)) {
			return List.of();
		}
		Map<SchoolId, List<Row>> bySchool = new LinkedHashMap<>();
		jdbc.sql(SELECT).param("schools", question.schoolIds().stream().map(SchoolId::value).toList())
				.param("year", question.year().startYear())
				.query((rs, n) -> new Row(new SchoolId(rs.getObject("school_id", UUID.class)),
						rs.getObject("council_id", UUID.class), rs.getObject("secretary_elected_at", UUID.class),
						rs.getObject("session_id", UUID.class), rs.getObject("date", LocalDate.class),
						rs.getString("status") == null ? null : MeetingStatus.valueOf(rs.getString("status")),
						rs.getBoolean("year_end"), rs.getBoolean("signed"), rs.getBoolean("approves")))
				.list().forEach(row -> bySchool.computeIfAbsent(row.school(), school -> new ArrayList<>()).add(row));
		List<ComplianceLine> lines = new ArrayList<>();
		for (SchoolProfile school : question.schools()) {
			CouncilYear year = councilYear(bySchool.getOrDefault(school.id(), List.of()));
			lines.addAll(lines(school.id(), question.year(), question.quartersOf(school.id()), year, question.today()));
		}
		return lines;
	}

	/** The facts of one council's year from its rows, as {@code CouncilController} reads them from its lines. */
	private static CouncilYear councilYear(List<Row> rows) {
		if (rows.isEmpty()) {
			return CouncilYear.NONE;
		}
		Row first = rows.stream().filter(row -> row.status() == MeetingStatus.HELD).findFirst().orElse(null);
		List<SessionFact> facts = rows.stream().filter(row -> row.session() != null && row.status().isNumbered())
				.map(row -> new SessionFact(row.date(), row.status() == MeetingStatus.HELD, row.signed(), row.yearEnd()))
				.toList();
		UUID electedAt = rows.get(0).secretaryElectedAt();
		return new CouncilYear(rows.get(0).council(), facts,
				first != null && electedAt != null && electedAt.equals(first.session()), first != null && first.approves());
	}

	/** One line per rule of the council's year (a line per quarter for 003 §5.1), with the quarters' counts drawn. */
	static List<ComplianceLine> lines(SchoolId school, SchoolYear year, List<Quarter> quarters, CouncilYear council,
			LocalDate today) {
		CouncilCompliance compliance = CouncilCompliance.of(year, quarters, council.sessions(),
				council.secretaryAtFirst(), council.planAtFirst(), today);
		String link = "/council?year=" + year.startYear() + "&school=" + school + "#compliance";
		String scopeId = council.council() == null ? "council:" + school : council.council().toString();
		return compliance.checks().stream().map(check -> {
			Progress progress = null;
			if (check.rule() == CouncilCompliance.Rule.QUARTERLY_SESSION) {
				Quarter quarter = quarters.stream().filter(q -> q.number() == check.quarter()).findFirst().orElseThrow();
				int held = (int) council.sessions().stream().filter(s -> s.counts() && quarter.contains(s.date())).count();
				progress = new Progress("compliance.label.quarter", List.of(check.quarter()), held, 1);
			}
			return new ComplianceLine(school, Scope.COUNCIL, scopeId, "", check.rule().clause(),
					"council.rule." + check.rule(), check.reason(), check.arguments(),
					Standing.valueOf(check.status().name()), link, progress);
		}).toList();
	}
}
