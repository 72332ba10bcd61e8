package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilProtocolId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.CouncilTaskDue;
import kg.usulduk.council.CouncilTaskId;
import kg.usulduk.council.CouncilTaskOverdue;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A task the council set in a signed protocol: who carries it out and by when. Its execution is followed up at
 * later sessions until it is done; it is announced once when due and once when overdue.
 */
@Table(schema = "council", name = "tasks")
public class CouncilTask extends AbstractAggregateRoot<CouncilTask> implements AggregateRoot<CouncilTask, CouncilTaskId> {

	private final @Id CouncilTaskId id;
	private final SchoolId schoolId;
	private final CouncilId councilId;
	private final CouncilProtocolId protocolId;
	private final int item;
	private final String text;
	private final StaffId responsible;
	private final LocalDate dueOn;
	private LocalDate doneOn;
	private boolean dueAnnounced;
	private boolean overdueAnnounced;
	@MappedCollection(idColumn = "task_id", keyColumn = "position")
	private List<FollowUp> followUps;
	private @Version Integer version;

	@PersistenceCreator
	CouncilTask(CouncilTaskId id, SchoolId schoolId, CouncilId councilId, CouncilProtocolId protocolId, int item,
			String text, StaffId responsible, LocalDate dueOn, LocalDate doneOn, boolean dueAnnounced,
			boolean overdueAnnounced, List<FollowUp> followUps, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.councilId = councilId;
		this.protocolId = protocolId;
		this.item = item;
		this.text = text;
		this.responsible = responsible;
		this.dueOn = dueOn;
		this.doneOn = doneOn;
		this.dueAnnounced = dueAnnounced;
		this.overdueAnnounced = overdueAnnounced;
		this.followUps = followUps == null ? new ArrayList<>() : new ArrayList<>(followUps);
		this.version = version;
	}

	/** The tasks a signed protocol sets, one per task decision. */
	public static List<CouncilTask> setBy(CouncilProtocol protocol) {
		List<CouncilTask> tasks = new ArrayList<>();
		if (!protocol.isSigned()) {
			return tasks;
		}
		List<CouncilProtocolEntry> entries = protocol.entries();
		for (int i = 0; i < entries.size(); i++) {
			CouncilProtocolEntry entry = entries.get(i);
			if (entry.kind() == kg.usulduk.council.DecisionKind.TASK) {
				tasks.add(new CouncilTask(CouncilTaskId.random(), protocol.schoolId(), protocol.councilId(),
						protocol.getId(), i + 1, entry.decision(), entry.responsible(), entry.dueOn(), null, false, false,
						null, null));
			}
		}
		return tasks;
	}

	/** How the task goes, noted at a session or on a day. */
	public void followUp(LocalDate on, CouncilSessionId session, String note) {
		followUps.add(new FollowUp(on, session, TypedText.requiredText("note", note, 2000)));
	}

	public void markDone(LocalDate on, String note) {
		if (doneOn != null) {
			throw RuleViolation.of("council.task.alreadyDone");
		}
		this.doneOn = on;
		if (note != null && !note.isBlank()) {
			followUp(on, null, note);
		}
	}

	/**
	 * Announces the task once when it comes within {@code leadDays} of its due date, and once when it is past due
	 * and still open. Returns whether anything changed.
	 */
	public boolean announce(LocalDate today, int leadDays) {
		if (doneOn != null) {
			return false;
		}
		boolean changed = false;
		if (!dueAnnounced && !today.isBefore(dueOn.minusDays(leadDays)) && !today.isAfter(dueOn)) {
			dueAnnounced = true;
			registerEvent(new CouncilTaskDue(schoolId, councilId, id, text, responsible, dueOn));
			changed = true;
		}
		if (!overdueAnnounced && today.isAfter(dueOn)) {
			overdueAnnounced = true;
			registerEvent(new CouncilTaskOverdue(schoolId, councilId, id, text, responsible, dueOn));
			changed = true;
		}
		return changed;
	}

	public boolean isOverdue(LocalDate today) {
		return doneOn == null && today.isAfter(dueOn);
	}

	@Override
	public CouncilTaskId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public CouncilId councilId() {
		return councilId;
	}

	public CouncilProtocolId protocolId() {
		return protocolId;
	}

	public int item() {
		return item;
	}

	public String text() {
		return text;
	}

	public StaffId responsible() {
		return responsible;
	}

	public LocalDate dueOn() {
		return dueOn;
	}

	public LocalDate doneOn() {
		return doneOn;
	}

	public List<FollowUp> followUps() {
		return List.copyOf(followUps);
	}

	public Integer version() {
		return version;
	}
}
