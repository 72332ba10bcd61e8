package kg.usulduk.mentorship.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import kg.usulduk.school.ComplianceLine.Standing;
import kg.usulduk.school.Quarter;

/**
 * The rules a mentorship answers for (plan IV.1), each met, on track, at risk or broken with its reason, as the
 * associations' and the council's rules do: both plans approved by the end of the first quarter of the term (plan
 * IV.1.B), and both the young teacher's report and the mentor's reference by the end of the term (plan IV.1 item 1).
 * A pair completed is judged as it was completed; a pair ended early answers for nothing more.
 */
public record MentorshipCompliance(List<Check> checks) {

	/** A rule is at risk this many days before its deadline while it is not yet met. */
	static final int WARNING_DAYS = 14;

	private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter
			.ofPattern("dd.MM.yyyy");

	public enum Rule {
		/** Plan IV.1.B: the mentor's plan and the young teacher's plan approved by the end of the term's first quarter. */
		PLANS_APPROVED("IV.1.B"),
		/** Plan IV.1 item 1: the young teacher's report and the mentor's reference by the end of the term. */
		REPORTS_SUBMITTED("IV.1.1");

		private final String clause;

		Rule(String clause) {
			this.clause = clause;
		}

		public String clause() {
			return clause;
		}
	}

	/** One rule's standing, with the message key of its reason and the arguments. */
	public record Check(Rule rule, Standing standing, String reason, List<Object> arguments) {

		public Check {
			arguments = List.copyOf(arguments);
		}
	}

	/** What the rules need of a pair: its term, when each plan was approved and each report submitted (null: not yet). */
	public record Facts(LocalDate termStart, LocalDate termEnd, LocalDate mentorPlanApprovedOn,
			LocalDate youngPlanApprovedOn, LocalDate youngTeacherReportOn, LocalDate mentorReferenceOn) {

		public Facts {
			Objects.requireNonNull(termStart, "a judged pair has its term");
			Objects.requireNonNull(termEnd, "a judged pair has its term");
		}
	}

	/**
	 * The end of the term's first quarter: the end of the school's quarter the term starts in; a term starting between
	 * quarters (in a holiday) has the next quarter's end.
	 */
	static LocalDate firstQuarterEnd(LocalDate termStart, LocalDate termEnd, List<Quarter> quarters) {
		return quarters.stream().filter(q -> !q.end().isBefore(termStart)).map(Quarter::end).sorted().findFirst()
				.filter(end -> !end.isAfter(termEnd)).orElse(termEnd);
	}

	public static MentorshipCompliance of(Facts facts, List<Quarter> quarters, LocalDate today) {
		LocalDate planDeadline = firstQuarterEnd(facts.termStart(), facts.termEnd(), quarters);
		return new MentorshipCompliance(List.of(
				judge(Rule.PLANS_APPROVED, planDeadline, facts.mentorPlanApprovedOn(), facts.youngPlanApprovedOn(), today),
				judge(Rule.REPORTS_SUBMITTED, facts.termEnd(), facts.youngTeacherReportOn(), facts.mentorReferenceOn(),
						today)));
	}

	/** Two papers due by a day: met when both came by it, broken when one came late or is still missing after it. */
	private static Check judge(Rule rule, LocalDate day, LocalDate first, LocalDate second, LocalDate today) {
		LocalDate deadline = day;
		// Written as the three languages write a day on paper (the line is read in any of them).
		String said = DAY.format(day);
		String prefix = "mentorship.compliance." + rule + ".";
		boolean bothIn = first != null && second != null;
		boolean late = first != null && first.isAfter(deadline) || second != null && second.isAfter(deadline);
		if (bothIn && !late) {
			return new Check(rule, Standing.MET, prefix + "met", List.of(said));
		}
		if (late || today.isAfter(deadline)) {
			return new Check(rule, Standing.BROKEN, prefix + (late ? "late" : "missing"),
					List.of(said, missing(first, second)));
		}
		if (!today.plusDays(WARNING_DAYS).isBefore(deadline)) {
			return new Check(rule, Standing.AT_RISK, prefix + "soon", List.of(said, missing(first, second)));
		}
		return new Check(rule, Standing.ON_TRACK, prefix + "onTrack", List.of(said, missing(first, second)));
	}

	private static int missing(LocalDate first, LocalDate second) {
		return (first == null ? 1 : 0) + (second == null ? 1 : 0);
	}
}
