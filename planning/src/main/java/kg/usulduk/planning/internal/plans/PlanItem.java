package kg.usulduk.planning.internal.plans;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.UUID;

import kg.usulduk.school.StaffId;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One line of a work plan: what is to be done, who answers for it, when, and how it went. Changed only through its
 * plan. {@code ref} stays the same for the item in every later version of the plan, so versions compare item by item.
 */
@Table(schema = "planning", name = "work_plan_items")
public class PlanItem {

	/** How an item went. */
	public enum Status {
		PLANNED, DONE, MOVED, DROPPED
	}

	private final UUID ref;
	private PlanSection section;
	private String what;
	private StaffId responsible;
	private LocalDate whenDay;
	private LocalDate whenMonth;
	private Integer whenQuarter;
	private Status status;
	private String note;

	@PersistenceCreator
	PlanItem(UUID ref, PlanSection section, String what, StaffId responsible, LocalDate whenDay, LocalDate whenMonth,
			Integer whenQuarter, Status status, String note) {
		this.ref = ref;
		this.section = section;
		this.what = what;
		this.responsible = responsible;
		this.whenDay = whenDay;
		this.whenMonth = whenMonth;
		this.whenQuarter = whenQuarter;
		this.status = status;
		this.note = note;
	}

	static PlanItem planned(PlanSection section, String what, StaffId responsible, PlanTime when) {
		PlanItem item = new PlanItem(UUID.randomUUID(), section, what, null, null, null, null, Status.PLANNED, null);
		item.describe(section, what, responsible, when);
		return item;
	}

	PlanItem copy() {
		return new PlanItem(ref, section, what, responsible, whenDay, whenMonth, whenQuarter, status, note);
	}

	void describe(PlanSection section, String what, StaffId responsible, PlanTime when) {
		this.section = Objects.requireNonNull(section);
		this.what = Objects.requireNonNull(what);
		this.responsible = responsible;
		this.whenDay = when == null ? null : when.day();
		this.whenMonth = when == null || when.month() == null ? null : when.month().atDay(1);
		this.whenQuarter = when == null ? null : when.quarter();
	}

	void record(Status status, String note) {
		this.status = status;
		this.note = note;
	}

	/** Whether the item reads the same as another version of it: what, who, when, section and status. */
	boolean sameAs(PlanItem other) {
		return section == other.section && what.equals(other.what) && Objects.equals(responsible, other.responsible)
				&& Objects.equals(when(), other.when()) && status == other.status && Objects.equals(note, other.note);
	}

	public UUID ref() {
		return ref;
	}

	public PlanSection section() {
		return section;
	}

	public String what() {
		return what;
	}

	/** Who answers for the item; {@code null} for an item of the template nobody was assigned to yet. */
	public StaffId responsible() {
		return responsible;
	}

	/** When the item is due; {@code null} for an item of the template not given a time yet. */
	public PlanTime when() {
		if (whenDay == null && whenMonth == null && whenQuarter == null) {
			return null;
		}
		return new PlanTime(whenDay, whenMonth == null ? null : YearMonth.from(whenMonth), whenQuarter);
	}

	public Status status() {
		return status;
	}

	public String note() {
		return note;
	}

	public boolean isAssigned() {
		return responsible != null && when() != null;
	}
}
