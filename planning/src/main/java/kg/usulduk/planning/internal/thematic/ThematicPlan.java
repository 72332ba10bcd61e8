package kg.usulduk.planning.internal.thematic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.AggregateRoot;
import org.jmolecules.ddd.types.Identifier;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A teacher's calendar-thematic plan for a subject and class (001 §6.14, plan I.4): submitted by the teacher,
 * discussed in the association, approved by the deputy, and its execution monitored topic by topic. Once approved
 * its topics are fixed; the teacher records when each was taught.
 */
@Table(schema = "planning", name = "thematic_plans")
public class ThematicPlan implements AggregateRoot<ThematicPlan, ThematicPlan.ThematicPlanId> {

	public record ThematicPlanId(UUID value) implements Identifier {

		public static ThematicPlanId of(String text) {
			return new ThematicPlanId(UUID.fromString(text));
		}

		@Override
		public String toString() {
			return value.toString();
		}
	}

	public enum Status {
		SUBMITTED, DISCUSSED, APPROVED
	}

	private final @Id ThematicPlanId id;
	private final SchoolId schoolId;
	private final StaffId teacher;
	private final int schoolYear;
	private final String subject;
	private final String classGroup;
	@MappedCollection(idColumn = "plan_id", keyColumn = "position")
	private List<Topic> topics;
	private Status status;
	private String discussion;
	private LocalDate approvedOn;
	private StaffId approvedBy;
	private @Version Integer version;

	@PersistenceCreator
	ThematicPlan(ThematicPlanId id, SchoolId schoolId, StaffId teacher, int schoolYear, String subject,
			String classGroup, List<Topic> topics, Status status, String discussion, LocalDate approvedOn,
			StaffId approvedBy, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.teacher = teacher;
		this.schoolYear = schoolYear;
		this.subject = subject;
		this.classGroup = classGroup;
		this.topics = topics == null ? new ArrayList<>() : new ArrayList<>(topics);
		this.status = status;
		this.discussion = discussion;
		this.approvedOn = approvedOn;
		this.approvedBy = approvedBy;
		this.version = version;
	}

	/** Plan I.4: the teacher submits the plan; its topics lie within the school year. */
	public static ThematicPlan submit(SchoolId school, StaffId teacher, SchoolYear year, String subject,
			String classGroup, List<Topic> topics) {
		ThematicPlan plan = new ThematicPlan(new ThematicPlanId(UUID.randomUUID()), Objects.requireNonNull(school),
				Objects.requireNonNull(teacher), year.startYear(), TypedText.required("subject", subject, 100),
				TypedText.required("classGroup", classGroup, 30), List.of(), Status.SUBMITTED, null, null, null, null);
		plan.replaceTopics(topics);
		return plan;
	}

	/** The teacher revises the topics before approval. */
	public void revise(List<Topic> newTopics) {
		if (status == Status.APPROVED) {
			throw RuleViolation.of("planning.thematic.approved");
		}
		replaceTopics(newTopics);
		this.status = Status.SUBMITTED;
	}

	private void replaceTopics(List<Topic> newTopics) {
		if (newTopics == null || newTopics.isEmpty()) {
			throw RuleViolation.onField("topics", "planning.thematic.noTopics");
		}
		SchoolYear year = new SchoolYear(schoolYear);
		for (Topic topic : newTopics) {
			if (!year.contains(topic.plannedBy())) {
				throw RuleViolation.onField("topics", "planning.thematic.outsideYear", topic.title(), year.toString());
			}
		}
		this.topics = new ArrayList<>(newTopics);
	}

	/** Plan I.4: the association discusses the plan; what it said is recorded. */
	public void discussed(String note) {
		if (status == Status.APPROVED) {
			throw RuleViolation.of("planning.thematic.approved");
		}
		this.discussion = TypedText.requiredText("discussion", note, 4000);
		this.status = Status.DISCUSSED;
	}

	/** Plan I.4: the deputy approves a plan the association has discussed. */
	public void approve(StaffId deputy, LocalDate on) {
		if (status == Status.APPROVED) {
			throw RuleViolation.of("planning.thematic.approved");
		}
		if (status != Status.DISCUSSED) {
			throw RuleViolation.of("planning.thematic.notDiscussed");
		}
		this.status = Status.APPROVED;
		this.approvedBy = deputy;
		this.approvedOn = on;
	}

	/** The teacher records that a topic was taught. */
	public void taught(int topic, LocalDate on) {
		if (status != Status.APPROVED) {
			throw RuleViolation.of("planning.thematic.notApproved");
		}
		if (topic < 0 || topic >= topics.size()) {
			throw RuleViolation.of("planning.thematic.noSuchTopic");
		}
		topics.set(topic, topics.get(topic).taught(on));
	}

	/** Execution: how many topics were taught, and how many are behind (planned by a past day, not yet taught). */
	public record Execution(int topics, int taught, int behind) {
	}

	public Execution execution(LocalDate today) {
		int taught = (int) topics.stream().filter(t -> t.taughtOn() != null).count();
		int behind = (int) topics.stream().filter(t -> t.taughtOn() == null && t.plannedBy().isBefore(today)).count();
		return new Execution(topics.size(), taught, behind);
	}

	@Override
	public ThematicPlanId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public StaffId teacher() {
		return teacher;
	}

	public SchoolYear year() {
		return new SchoolYear(schoolYear);
	}

	public String subject() {
		return subject;
	}

	public String classGroup() {
		return classGroup;
	}

	public List<Topic> topics() {
		return List.copyOf(topics);
	}

	public Status status() {
		return status;
	}

	public String discussion() {
		return discussion;
	}

	public LocalDate approvedOn() {
		return approvedOn;
	}

	public Integer version() {
		return version;
	}
}
