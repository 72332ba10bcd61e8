package kg.usulduk.mentorship.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import kg.usulduk.mentorship.PlanOwner;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An item of the mentor's or the young teacher's plan (plan IV.1.B): in which month, what, and the day it was done.
 *
 * @param month the first day of the item's month
 */
@Table(schema = "mentorship", name = "plan_items")
public record PlanItem(UUID ref, PlanOwner owner, LocalDate month, String what, LocalDate done) implements ValueObject {

	public YearMonth yearMonth() {
		return YearMonth.from(month);
	}

	public boolean isDone() {
		return done != null;
	}

	PlanItem doneOn(LocalDate day) {
		return new PlanItem(ref, owner, month, what, done == null ? day : done);
	}
}
