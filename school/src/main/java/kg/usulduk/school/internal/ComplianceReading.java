package kg.usulduk.school.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Set;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import kg.usulduk.school.ComplianceChart;
import kg.usulduk.school.ComplianceLine;
import kg.usulduk.school.ComplianceLine.Standing;
import kg.usulduk.school.ComplianceSource;
import kg.usulduk.school.ComplianceSource.Question;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolYear;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every context's rules for a school year, gathered for the compliance page and the start pages: the schools' quarters
 * in one statement, then each {@link ComplianceSource} once for all the schools asked about — so a district of twenty
 * schools costs what one school does.
 */
@Service
@Transactional(readOnly = true)
public class ComplianceReading {

	private final List<ComplianceSource> sources;
	private final SchoolDirectory directory;
	private final JdbcClient jdbc;

	ComplianceReading(List<ComplianceSource> sources, SchoolDirectory directory, JdbcClient jdbc) {
		this.sources = sources.stream().sorted(Comparator.comparingInt(ComplianceSource::order)).toList();
		this.directory = directory;
		this.jdbc = jdbc;
	}

	/** How many of a school's lines stand where: the district observer's row for a school. */
	public record Tally(SchoolProfile school, Map<Standing, Integer> counts) {

		public int count(Standing standing) {
			return counts.getOrDefault(standing, 0);
		}

		public int broken() {
			return count(Standing.BROKEN);
		}

		public int atRisk() {
			return count(Standing.AT_RISK);
		}

		public int onTrack() {
			return count(Standing.ON_TRACK);
		}

		public int met() {
			return count(Standing.MET);
		}

		/** The worst standing among the school's lines; met when it has none. */
		public Standing worst() {
			return counts.keySet().stream().max(Comparator.naturalOrder()).orElse(Standing.MET);
		}
	}

	/** Every line of these schools for the year, the council first, then each association with its plan. */
	public List<ComplianceLine> lines(List<SchoolProfile> schools, SchoolYear year, LocalDate today) {
		return lines(schools, year, today, EnumSet.allOf(ComplianceLine.Scope.class));
	}

	/** The lines of these kinds of bodies only; the sources of other kinds run no statement. */
	public List<ComplianceLine> lines(List<SchoolProfile> schools, SchoolYear year, LocalDate today,
			Set<ComplianceLine.Scope> scopes) {
		if (schools.isEmpty()) {
			return List.of();
		}
		Question question = new Question(year, today, schools, quarters(schools, year), scopes, List.of());
		List<ComplianceLine> lines = new ArrayList<>();
		for (ComplianceSource source : sources) {
			lines.addAll(source.lines(question.knowing(lines)));
		}
		// A stable order whatever the order of the beans: by school, the council first, then each association with
		// its plan beside it, then the mentorships, each body's rules as its source gave them.
		Map<SchoolId, Integer> position = new HashMap<>();
		schools.forEach(school -> position.putIfAbsent(school.id(), position.size()));
		List<ComplianceLine> ordered = new ArrayList<>(lines);
		ordered.sort(Comparator.comparing((ComplianceLine line) -> position.getOrDefault(line.school(), 0))
				.thenComparing(line -> line.scope() != ComplianceLine.Scope.COUNCIL)
				.thenComparing(line -> line.scope() == ComplianceLine.Scope.MENTORSHIP)
				.thenComparing(ComplianceLine::scopeName).thenComparing(ComplianceLine::scopeId)
				.thenComparing(ComplianceLine::scope));
		return ordered;
	}

	/** Each school's lines counted by standing, in the order of the schools. */
	public List<Tally> tallies(List<SchoolProfile> schools, List<ComplianceLine> lines) {
		Map<SchoolId, Map<Standing, Integer>> counts = new LinkedHashMap<>();
		schools.forEach(school -> counts.put(school.id(), new EnumMap<>(Standing.class)));
		lines.forEach(line -> counts.computeIfAbsent(line.school(), school -> new EnumMap<>(Standing.class))
				.merge(line.standing(), 1, Integer::sum));
		return schools.stream().map(school -> new Tally(school, Map.copyOf(counts.get(school.id())))).toList();
	}

	/**
	 * The charts of one school: a chart per counted rule (sessions against the minimum per association, the council's
	 * sessions per quarter) drawn from its lines, and the sources' own charts (the plans' execution).
	 */
	public List<ComplianceChart> charts(SchoolProfile school, SchoolYear year, LocalDate today,
			List<ComplianceLine> lines) {
		Map<String, List<ComplianceChart.Bar>> byRule = new LinkedHashMap<>();
		lines.stream().filter(line -> line.school().equals(school.id()) && line.progress() != null)
				.forEach(line -> byRule.computeIfAbsent(line.rule(), rule -> new ArrayList<>())
						.add(new ComplianceChart.Bar(line.progress().label(), line.progress().labelArguments(),
								line.progress().done(), line.progress().target())));
		List<ComplianceChart> charts = new ArrayList<>();
		int order = 0;
		for (Map.Entry<String, List<ComplianceChart.Bar>> rule : byRule.entrySet()) {
			charts.add(new ComplianceChart(rule.getKey() + ".chart", order++, rule.getValue()));
		}
		sources.forEach(source -> charts.addAll(source.charts(school, year, today)));
		charts.removeIf(chart -> chart.bars().isEmpty());
		charts.sort(Comparator.comparingInt(ComplianceChart::order));
		return charts;
	}

	/**
	 * The quarters of each school: one school's through the directory (whose read the start page has made already,
	 * answered from the page's cache), many schools' in one statement.
	 */
	private Map<SchoolId, List<Quarter>> quarters(List<SchoolProfile> schools, SchoolYear year) {
		if (schools.size() == 1) {
			return Map.of(schools.get(0).id(), directory.quarters(schools.get(0).id(), year));
		}
		// The profiles read on this page brought their quarters (SchoolProfileRowMapper): asked again, no statement.
		if (schools.stream().allMatch(school -> ReadOnlyTransactionCache.FinderCache
				.answered(Schools.class, "findQuarters", List.of(school.id(), year.startYear())).isPresent())) {
			Map<SchoolId, List<Quarter>> known = new HashMap<>();
			schools.forEach(school -> known.put(school.id(), directory.quarters(school.id(), year)));
			return known;
		}
		Map<SchoolId, List<QuarterDates>> set = new HashMap<>();
		jdbc.sql("""
				SELECT school_id, school_year, number, starts_on, ends_on FROM school.quarters
				WHERE school_id IN (:schools) AND school_year = :year""")
				.param("schools", schools.stream().map(school -> school.id().value()).toList())
				.param("year", year.startYear())
				.query(row -> {
					set.computeIfAbsent(new SchoolId(row.getObject("school_id", UUID.class)), id -> new ArrayList<>())
							.add(new QuarterDates(row.getInt("school_year"), row.getInt("number"),
									row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class)));
				});
		Map<SchoolId, List<Quarter>> quarters = new HashMap<>();
		schools.forEach(school -> quarters.put(school.id(), School.quartersOf(year, set.getOrDefault(school.id(),
				List.of()))));
		return quarters;
	}
}
