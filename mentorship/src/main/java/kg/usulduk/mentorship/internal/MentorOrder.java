package kg.usulduk.mentorship.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kg.usulduk.mentorship.MentorOrderId;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;
import kg.usulduk.school.Violations;
import kg.usulduk.school.papers.FrozenPaper;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The director's order (буйрук) on mentors (plan IV.1.A): it assigns mentors to young teachers for a term, controlled
 * by a deputy, on the basis of the associations' proposals; or it ends a mentorship early, for a reason. Issued once
 * and never changed: a change is a new order. What it prints (the school, the people, the director's signature) is
 * frozen when it is issued.
 */
@Table(schema = "mentorship", name = "orders")
public class MentorOrder extends AbstractAggregateRoot<MentorOrder> implements AggregateRoot<MentorOrder, MentorOrderId> {

	public enum Kind {
		ASSIGN, END
	}

	/** What the director types: the order's number and date, its basis, the term and the deputy who controls it. */
	public record Heading(String number, LocalDate date, String basis, LocalDate termStart, LocalDate termEnd,
			StaffId controlledBy, String reason) {
	}

	private final @Id MentorOrderId id;
	private final SchoolId schoolId;
	private final Kind kind;
	private final String number;
	private final LocalDate date;
	private final String basis;
	private final LocalDate termStart;
	private final LocalDate termEnd;
	private final StaffId controlledBy;
	private final String reason;
	private final StaffId issuedBy;
	@MappedCollection(idColumn = "order_id", keyColumn = "position")
	private final List<OrderRow> rows;
	private final FrozenPaper frozen;
	private @Version Integer version;

	@PersistenceCreator
	MentorOrder(MentorOrderId id, SchoolId schoolId, Kind kind, String number, LocalDate date, String basis,
			LocalDate termStart, LocalDate termEnd, StaffId controlledBy, String reason, StaffId issuedBy,
			List<OrderRow> rows, FrozenPaper frozen, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.kind = kind;
		this.number = number;
		this.date = date;
		this.basis = basis;
		this.termStart = termStart;
		this.termEnd = termEnd;
		this.controlledBy = controlledBy;
		this.reason = reason;
		this.issuedBy = issuedBy;
		this.rows = rows == null ? List.of() : List.copyOf(rows);
		this.frozen = frozen;
		this.version = version;
	}

	/**
	 * Plan IV.1.A: the order assigning the accepted mentors. Its term is within one school year, by default that year;
	 * a deputy controls it. Every refusal at once. The pairs take the assignment from it ({@link #applyTo}).
	 */
	static MentorOrder assigning(SchoolId school, Heading heading, List<OrderRow> rows, StaffId director,
			FrozenPaper paper, LocalDate today) {
		Violations checks = new Violations();
		String number = checks.get(() -> TypedText.required("number", heading.number(), 30));
		checks.run(() -> checkDate(heading.date(), today));
		String basis = checks.get(() -> TypedText.requiredText("basis", heading.basis(), 2000));
		SchoolYear year = heading.date() == null || !plausible(heading.date()) ? SchoolYear.of(today)
				: SchoolYear.of(heading.date());
		checks.run(() -> {
			if (heading.termStart() != null && !plausible(heading.termStart())) {
				throw RuleViolation.onField("termStart", "mentorship.order.dateRange");
			}
		});
		checks.run(() -> {
			if (heading.termEnd() != null && !plausible(heading.termEnd())) {
				throw RuleViolation.onField("termEnd", "mentorship.order.dateRange");
			}
		});
		LocalDate start = heading.termStart() == null || !plausible(heading.termStart()) ? year.start()
				: heading.termStart();
		LocalDate end = heading.termEnd() == null || !plausible(heading.termEnd()) ? year.end() : heading.termEnd();
		checks.run(() -> {
			if (end.isBefore(start)) {
				throw RuleViolation.onField("termEnd", "mentorship.order.termEndsBeforeStart");
			}
			// A mentorship is a school year's (plan IV.1): its term does not run over into the next year.
			if (!SchoolYear.of(start).equals(SchoolYear.of(end))) {
				throw RuleViolation.onField("termEnd", "mentorship.order.termOverYears");
			}
		});
		checks.run(() -> {
			if (heading.controlledBy() == null) {
				throw RuleViolation.onField("controlledBy", "validation.required");
			}
		});
		checks.run(() -> {
			if (rows.isEmpty()) {
				throw RuleViolation.onField("pairs", "mentorship.order.noPairs");
			}
		});
		checks.throwIfAny();
		return new MentorOrder(MentorOrderId.random(), school, Kind.ASSIGN, number, heading.date(), basis, start, end,
				heading.controlledBy(), null, director, rows, Objects.requireNonNull(paper), null);
	}

	/** A mentorship ended before its term by a new order, for the reason it gives. */
	static MentorOrder ending(SchoolId school, Heading heading, OrderRow row, StaffId director, FrozenPaper paper,
			LocalDate today) {
		Violations checks = new Violations();
		String number = checks.get(() -> TypedText.required("number", heading.number(), 30));
		checks.run(() -> checkDate(heading.date(), today));
		String why = checks.get(() -> TypedText.required("reason", heading.reason(), 500));
		checks.throwIfAny();
		return new MentorOrder(MentorOrderId.random(), school, Kind.END, number, heading.date(),
				TypedText.optionalText("basis", heading.basis(), 2000), null, null, null, why, director, List.of(row),
				Objects.requireNonNull(paper), null);
	}

	private static void checkDate(LocalDate date, LocalDate today) {
		if (date == null) {
			throw RuleViolation.onField("date", "validation.required");
		}
		// An order is issued, not planned: it is not dated ahead.
		if (date.isAfter(today)) {
			throw RuleViolation.onField("date", "mentorship.order.future");
		}
		if (!plausible(date)) {
			throw RuleViolation.onField("date", "mentorship.order.dateRange");
		}
	}

	/** A date a school's paper may carry: within the school years the application knows (2000–2200). */
	private static boolean plausible(LocalDate date) {
		return date.getYear() >= 2000 && date.getYear() <= 2200;
	}

	/** The mentorships the order names take what it says. */
	void applyTo(List<Mentorship> pairs) {
		for (Mentorship pair : pairs) {
			if (kind == Kind.ASSIGN) {
				pair.assign(this);
			}
			else {
				pair.endByOrder(this);
			}
		}
	}

	@Override
	public MentorOrderId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public Kind kind() {
		return kind;
	}

	public String number() {
		return number;
	}

	public LocalDate date() {
		return date;
	}

	public String basis() {
		return basis;
	}

	public LocalDate termStart() {
		return termStart;
	}

	public LocalDate termEnd() {
		return termEnd;
	}

	public StaffId controlledBy() {
		return controlledBy;
	}

	public String reason() {
		return reason;
	}

	public StaffId issuedBy() {
		return issuedBy;
	}

	public List<OrderRow> rows() {
		return rows;
	}

	public FrozenPaper frozen() {
		return frozen;
	}

	public Integer version() {
		return version;
	}
}
