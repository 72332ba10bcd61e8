package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import kg.usulduk.school.SchoolYear;

import org.jmolecules.ddd.types.ValueObject;

/**
 * Which of the regulation's rules an association meets in a school year, which are on track, at risk or broken,
 * and why. While the year runs, a rule not met yet is on track when what is already scheduled meets it in time,
 * and at risk when it cannot; once the year is over, a rule not met is broken.
 */
public record Compliance(SchoolYear year, List<Check> checks) implements ValueObject {

	/** Ordered from good to bad: the overall state is the worst of the rules. */
	public enum Status {
		MET, ON_TRACK, AT_RISK, BROKEN
	}

	/** The rules, each with the clause it comes from. */
	public enum Rule {
		/** 001 §5.5: at least the school's minimum of sessions a year (default 4; 004: 7, monthly). */
		MINIMUM_SESSIONS("001 §5.5"),
		/** 001 §5.6: at least one practical seminar a year, with thematic open lessons and events. */
		PRACTICAL_SEMINAR("001 §5.6"),
		/** 001 §5.7: the deputy analyses the year and gives directions at the last session. */
		YEAR_END_ANALYSIS("001 §5.7");

		private final String clause;

		Rule(String clause) {
			this.clause = clause;
		}

		public String clause() {
			return clause;
		}
	}

	/** One rule's state and the reason, as a message key with its arguments. */
	public record Check(Rule rule, Status status, String reason, List<Object> arguments) implements ValueObject {

		public Check {
			arguments = List.copyOf(arguments);
		}

		public Object[] argumentArray() {
			return arguments.toArray();
		}
	}

	/**
	 * What happened in an association's year, as far as the rules care.
	 *
	 * @param heldSessions             sessions held whose protocol is signed: the only ones that count (001 §5.5)
	 * @param unsignedSessions         sessions held whose protocol is not signed yet ("protocol missing")
	 * @param heldSeminars             practical seminars held with at least one open lesson or event of their
	 *                                 programme held: the only ones that count (001 §5.6)
	 * @param scheduledSeminars        seminars that may still count: scheduled ones still to come, and held ones
	 *                                 whose programme's open lessons or events are still to come
	 * @param heldOpenLessons          open lessons and events held in the programmes of the seminars that count
	 * @param seminarsWithoutProgramme seminars held with no open lesson or event of their programme held
	 */
	public record YearFacts(SchoolYear year, int heldSessions, int unsignedSessions, int scheduledSessions,
			int heldSeminars, int scheduledSeminars, int heldOpenLessons, boolean yearEndDone,
			int seminarsWithoutProgramme) implements ValueObject {

		/** A year with no seminar held without its programme. */
		public YearFacts(SchoolYear year, int heldSessions, int unsignedSessions, int scheduledSessions,
				int heldSeminars, int scheduledSeminars, int heldOpenLessons, boolean yearEndDone) {
			this(year, heldSessions, unsignedSessions, scheduledSessions, heldSeminars, scheduledSeminars,
					heldOpenLessons, yearEndDone, 0);
		}

		/** A year in which every held session has its signed protocol. */
		public YearFacts(SchoolYear year, int heldSessions, int scheduledSessions, int heldSeminars,
				int scheduledSeminars, int heldOpenLessons, boolean yearEndDone) {
			this(year, heldSessions, 0, scheduledSessions, heldSeminars, scheduledSeminars, heldOpenLessons,
					yearEndDone, 0);
		}
	}

	public Compliance {
		checks = List.copyOf(checks);
	}

	/** Judges a year's facts against the rules, with the school's minimum of sessions, on the given day. */
	public static Compliance of(YearFacts facts, int minimumSessions, LocalDate today) {
		return of(facts, minimumSessions, today, kg.usulduk.association.AssociationKind.SUBJECT);
	}

	/**
	 * Judges a year's facts for an association of this kind: a creative or problem group (002 §2.1, 003 §3.1) is not
	 * a subject association of 001: it keeps no minimum of sessions (001 §5.5) and owes no practical seminar
	 * (001 §5.6), which are the subject associations' forms of work; the deputy's year-end analysis (001 §5.7) is
	 * asked of it as of every association.
	 */
	public static Compliance of(YearFacts facts, int minimumSessions, LocalDate today,
			kg.usulduk.association.AssociationKind kind) {
		boolean over = today.isAfter(facts.year().end());
		List<Check> checks = new java.util.ArrayList<>();
		if (!kind.isGroup()) {
			checks.add(sessions(facts, minimumSessions, over));
			checks.add(seminar(facts, over));
		}
		checks.add(yearEnd(facts, over));
		return new Compliance(facts.year(), checks);
	}

	/** Whether this rule applies to the association judged (not every rule applies to every kind). */
	public boolean applies(Rule rule) {
		return checks.stream().anyMatch(c -> c.rule() == rule);
	}

	// 001 §5.5: at least the minimum number of sessions a year; a session counts once it is held and "a protocol
	// is drawn up and resolutions adopted", that is, once its protocol is signed.
	private static Check sessions(YearFacts facts, int minimum, boolean over) {
		int held = facts.heldSessions();
		int unsigned = facts.unsignedSessions();
		if (held >= minimum) {
			return new Check(Rule.MINIMUM_SESSIONS, Status.MET, "association.rule.sessions.met", List.of(held, minimum));
		}
		if (over) {
			return unsigned > 0
					? new Check(Rule.MINIMUM_SESSIONS, Status.BROKEN, "association.rule.sessions.brokenUnsigned",
							List.of(held, minimum, unsigned))
					: new Check(Rule.MINIMUM_SESSIONS, Status.BROKEN, "association.rule.sessions.broken",
							List.of(held, minimum));
		}
		int missing = Math.max(0, minimum - held - unsigned - facts.scheduledSessions());
		if (missing > 0) {
			return new Check(Rule.MINIMUM_SESSIONS, Status.AT_RISK, "association.rule.sessions.missing",
					List.of(held, minimum, missing));
		}
		return unsigned > 0
				? new Check(Rule.MINIMUM_SESSIONS, Status.ON_TRACK, "association.rule.sessions.protocolMissing",
						List.of(held, minimum, unsigned))
				: new Check(Rule.MINIMUM_SESSIONS, Status.ON_TRACK, "association.rule.sessions.scheduled",
						List.of(held, minimum, facts.scheduledSessions()));
	}

	// 001 §5.6: at least one practical seminar a year "with thematic open lessons and extracurricular events": a
	// seminar counts only when it was held and at least one open lesson or event of its programme was held.
	private static Check seminar(YearFacts facts, boolean over) {
		if (facts.heldSeminars() > 0) {
			return new Check(Rule.PRACTICAL_SEMINAR, Status.MET, "association.rule.seminar.met",
					List.of(facts.heldSeminars(), facts.heldOpenLessons()));
		}
		int alone = facts.seminarsWithoutProgramme();
		if (over) {
			return alone > 0
					? new Check(Rule.PRACTICAL_SEMINAR, Status.BROKEN, "association.rule.seminar.brokenNoProgramme",
							List.of(alone))
					: new Check(Rule.PRACTICAL_SEMINAR, Status.BROKEN, "association.rule.seminar.broken", List.of());
		}
		if (facts.scheduledSeminars() > 0) {
			return new Check(Rule.PRACTICAL_SEMINAR, Status.ON_TRACK, "association.rule.seminar.scheduled", List.of());
		}
		return alone > 0
				? new Check(Rule.PRACTICAL_SEMINAR, Status.AT_RISK, "association.rule.seminar.noProgramme", List.of(alone))
				: new Check(Rule.PRACTICAL_SEMINAR, Status.AT_RISK, "association.rule.seminar.missing", List.of());
	}

	// 001 §5.7: the deputy's analysis and directions at the last session.
	private static Check yearEnd(YearFacts facts, boolean over) {
		if (facts.yearEndDone()) {
			return new Check(Rule.YEAR_END_ANALYSIS, Status.MET, "association.rule.yearEnd.met", List.of());
		}
		if (over) {
			return new Check(Rule.YEAR_END_ANALYSIS, Status.BROKEN, "association.rule.yearEnd.broken", List.of());
		}
		// On track while a session is scheduled at which it can be done; at risk when none is.
		return facts.scheduledSessions() > 0
				? new Check(Rule.YEAR_END_ANALYSIS, Status.ON_TRACK, "association.rule.yearEnd.pending", List.of())
				: new Check(Rule.YEAR_END_ANALYSIS, Status.AT_RISK, "association.rule.yearEnd.noSessionLeft", List.of());
	}

	/** The worst state among the rules. */
	public Status overall() {
		return checks.stream().map(Check::status).max(Comparator.naturalOrder()).orElse(Status.MET);
	}

	public Check check(Rule rule) {
		return checks.stream().filter(c -> c.rule() == rule).findFirst().orElseThrow();
	}
}
