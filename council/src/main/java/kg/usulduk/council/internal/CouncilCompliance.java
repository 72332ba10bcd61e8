package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kg.usulduk.school.Quarter;
import kg.usulduk.school.SchoolYear;

import org.jmolecules.ddd.types.ValueObject;

/**
 * Which of the council's rules a school year meets, which are on track, at risk or broken, and why: a session in
 * each quarter (003 §5.1), the secretary elected at the first session (003 §5.4), a session that sums up the year
 * (003 §5.2). A session counts once held with its protocol signed (003 §5.3). While its period runs, a rule not
 * met yet is on track when what is scheduled meets it, at risk when nothing does; broken once the period is over.
 */
public record CouncilCompliance(SchoolYear year, List<Check> checks) implements ValueObject {

	/** Ordered from good to bad: the overall state is the worst of the rules. */
	public enum Status {
		MET, ON_TRACK, AT_RISK, BROKEN
	}

	public enum Rule {
		QUARTERLY_SESSION("003 §5.1"), SECRETARY_AT_FIRST_SESSION("003 §5.4"), YEAR_END_SESSION("003 §5.2"),
		/** 003 §5.1: the plan of the council's sessions is approved at its first session. */
		SESSION_PLAN_AT_FIRST_SESSION("003 §5.1");

		private final String clause;

		Rule(String clause) {
			this.clause = clause;
		}

		public String clause() {
			return clause;
		}
	}

	/** One rule's state, for a quarter where the rule is per quarter ({@code quarter} 0 otherwise). */
	public record Check(Rule rule, int quarter, Status status, String reason, List<Object> arguments)
			implements ValueObject {

		public Check {
			arguments = List.copyOf(arguments);
		}

		public Object[] argumentArray() {
			return arguments.toArray();
		}
	}

	/**
	 * A session as the rules see it.
	 *
	 * @param held   the session took place
	 * @param signed its protocol is signed: only then does it count (003 §5.3)
	 */
	public record SessionFact(LocalDate date, boolean held, boolean signed, boolean yearEnd) {

		boolean counts() {
			return held && signed;
		}

		boolean protocolMissing() {
			return held && !signed;
		}
	}

	public CouncilCompliance {
		checks = List.copyOf(checks);
	}

	public static CouncilCompliance of(SchoolYear year, List<Quarter> quarters, List<SessionFact> sessions,
			boolean secretaryElectedAtFirstSession, LocalDate today) {
		List<Check> checks = new ArrayList<>();
		for (Quarter quarter : quarters) {
			checks.add(quarterly(quarter, sessions, today));
		}
		checks.add(secretary(sessions, secretaryElectedAtFirstSession, year, today));
		checks.add(yearEnd(year, sessions, today));
		return new CouncilCompliance(year, checks);
	}

	/**
	 * The council's rules with 003 §5.1's plan of sessions too: {@code sessionPlanAtFirstSession} tells whether the
	 * first session's signed protocol approved it.
	 */
	public static CouncilCompliance of(SchoolYear year, List<Quarter> quarters, List<SessionFact> sessions,
			boolean secretaryElectedAtFirstSession, boolean sessionPlanAtFirstSession, LocalDate today) {
		List<Check> checks = new ArrayList<>(
				of(year, quarters, sessions, secretaryElectedAtFirstSession, today).checks());
		checks.add(sessionPlan(sessions, sessionPlanAtFirstSession, year, today));
		return new CouncilCompliance(year, checks);
	}

	// 003 §5.1: "the plan of the council's sessions is approved at its first session".
	private static Check sessionPlan(List<SessionFact> sessions, boolean approvedAtFirst, SchoolYear year,
			LocalDate today) {
		if (approvedAtFirst) {
			return new Check(Rule.SESSION_PLAN_AT_FIRST_SESSION, 0, Status.MET, "council.rule.sessionPlan.met", List.of());
		}
		SessionFact first = sessions.stream().filter(SessionFact::held)
				.min(java.util.Comparator.comparing(SessionFact::date)).orElse(null);
		if ((first != null && first.signed()) || today.isAfter(year.end())) {
			return new Check(Rule.SESSION_PLAN_AT_FIRST_SESSION, 0, Status.BROKEN, "council.rule.sessionPlan.broken",
					List.of());
		}
		boolean ahead = first != null || sessions.stream().anyMatch(s -> !s.held());
		return new Check(Rule.SESSION_PLAN_AT_FIRST_SESSION, 0, ahead ? Status.ON_TRACK : Status.AT_RISK,
				ahead ? "council.rule.sessionPlan.pending" : "council.rule.sessionPlan.missing", List.of());
	}

	// 003 §5.1: at least one session in every quarter of the school year; 003 §5.3: it counts with its protocol.
	private static Check quarterly(Quarter quarter, List<SessionFact> sessions, LocalDate today) {
		long held = sessions.stream().filter(s -> s.counts() && quarter.contains(s.date())).count();
		long unsigned = sessions.stream().filter(s -> s.protocolMissing() && quarter.contains(s.date())).count();
		long planned = sessions.stream().filter(s -> !s.held() && quarter.contains(s.date())).count();
		List<Object> args = List.of(quarter.number(), held);
		if (held > 0) {
			return new Check(Rule.QUARTERLY_SESSION, quarter.number(), Status.MET, "council.rule.quarter.met", args);
		}
		if (today.isAfter(quarter.end())) {
			return new Check(Rule.QUARTERLY_SESSION, quarter.number(), Status.BROKEN,
					unsigned > 0 ? "council.rule.quarter.brokenUnsigned" : "council.rule.quarter.broken", args);
		}
		if (unsigned > 0) {
			return new Check(Rule.QUARTERLY_SESSION, quarter.number(), Status.ON_TRACK,
					"council.rule.quarter.protocolMissing", args);
		}
		return planned > 0
				? new Check(Rule.QUARTERLY_SESSION, quarter.number(), Status.ON_TRACK, "council.rule.quarter.planned", args)
				: new Check(Rule.QUARTERLY_SESSION, quarter.number(), Status.AT_RISK, "council.rule.quarter.missing", args);
	}

	// 003 §5.4: the secretary is elected at the first session.
	private static Check secretary(List<SessionFact> sessions, boolean electedAtFirst, SchoolYear year, LocalDate today) {
		if (electedAtFirst) {
			return new Check(Rule.SECRETARY_AT_FIRST_SESSION, 0, Status.MET, "council.rule.secretary.met", List.of());
		}
		boolean firstHeld = sessions.stream().anyMatch(SessionFact::held);
		if (firstHeld || today.isAfter(year.end())) {
			return new Check(Rule.SECRETARY_AT_FIRST_SESSION, 0, Status.BROKEN, "council.rule.secretary.broken", List.of());
		}
		boolean firstPlanned = sessions.stream().anyMatch(s -> !s.held());
		return new Check(Rule.SECRETARY_AT_FIRST_SESSION, 0, firstPlanned ? Status.ON_TRACK : Status.AT_RISK,
				"council.rule.secretary.pending", List.of());
	}

	// 003 §5.2: the last session of the year sums it up and sets the directions for the next.
	private static Check yearEnd(SchoolYear year, List<SessionFact> sessions, LocalDate today) {
		if (sessions.stream().anyMatch(s -> s.counts() && s.yearEnd())) {
			return new Check(Rule.YEAR_END_SESSION, 0, Status.MET, "council.rule.yearEnd.met", List.of());
		}
		if (today.isAfter(year.end())) {
			return new Check(Rule.YEAR_END_SESSION, 0, Status.BROKEN, "council.rule.yearEnd.broken", List.of());
		}
		boolean planned = sessions.stream().anyMatch(s -> s.yearEnd() && (!s.held() || s.protocolMissing()));
		return planned
				? new Check(Rule.YEAR_END_SESSION, 0, Status.ON_TRACK, "council.rule.yearEnd.planned", List.of())
				: new Check(Rule.YEAR_END_SESSION, 0, Status.AT_RISK, "council.rule.yearEnd.missing", List.of());
	}

	public Status overall() {
		return checks.stream().map(Check::status).max(Comparator.naturalOrder()).orElse(Status.MET);
	}
}
