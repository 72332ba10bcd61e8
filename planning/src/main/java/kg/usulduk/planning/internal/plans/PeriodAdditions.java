package kg.usulduk.planning.internal.plans;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 001 §6.8, 004: a quarter's or a month's plan is the annual plan's items of that period plus its own additions.
 * The additions belong to the association's plan line of the year, whatever its version, and are added by the
 * plan's authors; the person responsible or an author marks them done.
 */
@Service
@Transactional
public class PeriodAdditions {

	private final JdbcClient jdbc;
	private final WorkPlanManagement plans;
	private final StaffDirectory staff;
	private final Clock clock;

	PeriodAdditions(JdbcClient jdbc, WorkPlanManagement plans, StaffDirectory staff, Clock clock) {
		this.jdbc = jdbc;
		this.plans = plans;
		this.staff = staff;
		this.clock = clock;
	}

	/** A period of the plan's school year: a quarter (Q1–Q4) or a month (2026-11). */
	public record Period(Integer quarter, YearMonth month) {

		public String key() {
			return quarter != null ? "Q" + quarter : month.toString();
		}
	}

	public record Addition(UUID id, String what, StaffId responsible, LocalDate day, boolean done) {
	}

	@Transactional(readOnly = true)
	public List<Addition> of(WorkPlan plan, Period period) {
		return jdbc.sql("""
				select id, what, responsible, day, done from planning.period_additions
				where association_id = :association and school_year = :year and period = :period order by day nulls last, added_at
				""").param("association", plan.associationId().value()).param("year", plan.schoolYear().startYear())
				.param("period", period.key())
				.query((rs, n) -> new Addition(rs.getObject(1, UUID.class), rs.getString(2),
						new StaffId(rs.getObject(3, UUID.class)), rs.getObject(4, LocalDate.class), rs.getBoolean(5)))
				.list();
	}

	/** Adds an item to the period's plan; its day, if given, lies in the period. */
	public void add(SchoolUser actor, WorkPlan plan, Period period, LocalDate from, LocalDate to, String what,
			StaffId responsible, LocalDate day) {
		if (!actor.schoolId().equals(plan.schoolId()) || !plans.mayAuthor(actor, plan)) {
			throw new AccessDeniedException("The plan's authors add to a period's plan");
		}
		// 001 §6.8: a period's plan belongs to the annual plan's school year.
		if (from.isBefore(plan.schoolYear().start()) || to.isAfter(plan.schoolYear().end())) {
			throw RuleViolation.onField("month", "plans.period.outsideYear", plan.schoolYear().toString());
		}
		String text = TypedText.requiredText("what", what, 500);
		if (responsible == null) {
			throw RuleViolation.onField("responsible", "validation.required");
		}
		StaffCard card = staff.find(plan.schoolId(), responsible).filter(StaffCard::active)
				.orElseThrow(() -> RuleViolation.onField("responsible", "plans.period.unknownResponsible"));
		if (day != null && (day.isBefore(from) || day.isAfter(to))) {
			throw RuleViolation.onField("day", "plans.period.dayOutside");
		}
		jdbc.sql("""
				insert into planning.period_additions (id, school_id, association_id, school_year, period, what,
				    responsible, day, done, added_by, added_at)
				values (:id, :school, :association, :year, :period, :what, :responsible, :day, false, :by, :at)
				""").param("id", UUID.randomUUID()).param("school", plan.schoolId().value())
				.param("association", plan.associationId().value()).param("year", plan.schoolYear().startYear())
				.param("period", period.key()).param("what", text).param("responsible", card.id().value())
				.param("day", day).param("by", actor.staffId().value())
				.param("at", java.sql.Timestamp.from(clock.instant())).update();
	}

	/** The person responsible or an author marks an addition done. */
	public void markDone(SchoolUser actor, WorkPlan plan, UUID addition) {
		StaffId responsible = jdbc.sql("""
				select responsible from planning.period_additions
				where id = :id and association_id = :association and school_id = :school
				""").param("id", addition).param("association", plan.associationId().value())
				.param("school", actor.schoolId().value()).query(UUID.class).optional().map(StaffId::new)
				.orElseThrow(() -> new kg.usulduk.school.NotFound("addition", addition));
		if (!responsible.equals(actor.staffId()) && !plans.mayAuthor(actor, plan)) {
			throw new AccessDeniedException("The person responsible or an author marks it done");
		}
		jdbc.sql("update planning.period_additions set done = true where id = :id").param("id", addition).update();
	}
}
