package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationClosed;
import kg.usulduk.association.AssociationId;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.AssociationOpened;
import kg.usulduk.association.HeadChanged;
import kg.usulduk.association.HeadChoice;
import kg.usulduk.association.MemberJoined;
import kg.usulduk.association.MemberLeft;
import kg.usulduk.association.YearEndAnalysisCompleted;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.TypedText;
import kg.usulduk.school.Violations;

import org.jmolecules.ddd.types.AggregateRoot;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A methodical association of teachers: opened by the director's order, with its members, one head at a time
 * (and the history of heads), optionally a secretary, the year's theme, members' self-education topics and the
 * deputy's year-end analyses. Sessions, protocols and activities are aggregates of their own that refer to it.
 */
@Table(schema = "association", name = "associations")
public class Association extends AbstractAggregateRoot<Association> implements AggregateRoot<Association, AssociationId> {

	public enum Status {
		OPEN, CLOSED
	}

	private final @Id AssociationId id;
	private final SchoolId schoolId;
	private String name;
	private AssociationKind kind;
	private List<String> subjects;
	private String problem;
	private final @Embedded.Nullable(prefix = "opening_order_") OrderReference openingOrder;
	private @Embedded.Nullable(prefix = "closing_order_") OrderReference closingOrder;
	private final LocalDate openedOn;
	private Status status;
	private LocalDate closedOn;
	private StaffId secretary;
	@MappedCollection(idColumn = "association_id")
	private Set<Membership> memberships;
	@MappedCollection(idColumn = "association_id", keyColumn = "position")
	private List<HeadTerm> heads;
	@MappedCollection(idColumn = "association_id")
	private Set<YearTheme> themes;
	@MappedCollection(idColumn = "association_id")
	private Set<SelfEducationTopic> topics;
	@MappedCollection(idColumn = "association_id")
	private Set<YearEnd> yearEnds;
	private @Version Integer version;

	@PersistenceCreator
	Association(AssociationId id, SchoolId schoolId, String name, AssociationKind kind, List<String> subjects,
			String problem, OrderReference openingOrder, OrderReference closingOrder, LocalDate openedOn, Status status,
			LocalDate closedOn, StaffId secretary,
			Set<Membership> memberships, List<HeadTerm> heads, Set<YearTheme> themes, Set<SelfEducationTopic> topics,
			Set<YearEnd> yearEnds, Integer version) {
		this.id = id;
		this.schoolId = schoolId;
		this.name = name;
		this.kind = kind;
		this.subjects = subjects == null ? List.of() : List.copyOf(subjects);
		this.problem = problem;
		this.openingOrder = openingOrder;
		this.closingOrder = closingOrder;
		this.openedOn = openedOn;
		this.status = status;
		this.closedOn = closedOn;
		this.secretary = secretary;
		this.memberships = memberships == null ? new HashSet<>() : new HashSet<>(memberships);
		this.heads = heads == null ? new ArrayList<>() : new ArrayList<>(heads);
		this.themes = themes == null ? new HashSet<>() : new HashSet<>(themes);
		this.topics = topics == null ? new HashSet<>() : new HashSet<>(topics);
		this.yearEnds = yearEnds == null ? new HashSet<>() : new HashSet<>(yearEnds);
		this.version = version;
	}

	/** 001 §6.1: an association is opened by the director's order. */
	public static Association open(SchoolId school, String name, AssociationKind kind, List<String> subjects,
			OrderReference order, LocalDate today) {
		return open(school, name, kind, subjects, null, order, today);
	}

	/**
	 * 001 §6.1: opened by the director's order. A creative or problem group (002 §2.1) names the problem it works
	 * on instead of subjects.
	 */
	public static Association open(SchoolId school, String name, AssociationKind kind, List<String> subjects,
			String problem, OrderReference order, LocalDate today) {
		Objects.requireNonNull(order, "001 §6.1: an association is opened by an order");
		// Issue 13: every field's refusal at once, not one a try.
		Violations checks = new Violations();
		checks.run(() -> requireKind(kind));
		String checkedName = checks.get(() -> TypedText.required("name", name, 200));
		List<String> checkedSubjects = checks.get(() -> checkedSubjects(subjects));
		String checkedProblem = kind == null ? null : checks.get(() -> checkedProblem(kind, problem));
		OrderReference checkedOrder = checks.get(() -> order.checkedOn(today));
		checks.throwIfAny();
		Association association = new Association(AssociationId.random(), Objects.requireNonNull(school),
				checkedName, kind, checkedSubjects, checkedProblem, checkedOrder, null, order.date(), Status.OPEN, null, null, null, null, null, null, null, null);
		association.registerEvent(new AssociationOpened(school, association.id, association.name, kind, order.date()));
		return association;
	}

	/** Corrects the association's name, kind or subjects. */
	public void describe(String name, AssociationKind kind, List<String> subjects) {
		requireOpen();
		Violations checks = new Violations();
		checks.run(() -> requireKind(kind));
		String checkedName = checks.get(() -> TypedText.required("name", name, 200));
		List<String> checkedSubjects = checks.get(() -> checkedSubjects(subjects));
		checks.throwIfAny();
		this.name = checkedName;
		this.kind = kind;
		this.subjects = checkedSubjects;
	}

	/** The association ends its work; its papers stay readable. */
	/** 001 §6.1: an association is closed, as it was opened, by the director's order; its records stay. */
	public void close(OrderReference order, LocalDate today) {
		requireOpen();
		Objects.requireNonNull(order, "001 §6.1: an association is closed by an order").checkedOn(today);
		if (order.date().isBefore(openedOn)) {
			throw RuleViolation.onField("orderDate", "association.close.beforeOpening");
		}
		this.status = Status.CLOSED;
		this.closingOrder = order;
		this.closedOn = order.date();
		registerEvent(new AssociationClosed(schoolId, id, name, closedOn, currentMembers()));
	}

	/** A staff member joins; a teacher may belong to several associations. */
	public void admit(StaffId staff, LocalDate on) {
		requireOpen();
		if (isMember(staff)) {
			throw RuleViolation.onField("staff", "association.member.already");
		}
		memberships.add(new Membership(Objects.requireNonNull(staff), on, null));
		registerEvent(new MemberJoined(schoolId, id, name, staff, on));
	}

	/** A member leaves. The head cannot leave before another head is chosen: the association always has one. */
	public void release(StaffId staff, LocalDate on) {
		requireOpen();
		Membership membership = currentMembership(staff)
				.orElseThrow(() -> RuleViolation.of("association.member.notMember"));
		if (head().filter(staff::equals).isPresent()) {
			throw RuleViolation.of("association.member.headLeaves");
		}
		memberships.remove(membership);
		memberships.add(membership.endedOn(on));
		if (staff.equals(secretary)) {
			secretary = null;
		}
		registerEvent(new MemberLeft(schoolId, id, name, staff, on));
	}

	/** 001 §5.1: the members elect their head from among themselves; 001 §6.2: the order appoints them. */
	public void electHead(StaffId staff, OrderReference order, LocalDate today) {
		changeHead(staff, HeadChoice.ELECTED, order, today);
	}

	/** 004: the deputy may appoint the head; 001 §6.2: by order. */
	public void appointHead(StaffId staff, OrderReference order, LocalDate today) {
		changeHead(staff, HeadChoice.APPOINTED, order, today);
	}

	private void changeHead(StaffId staff, HeadChoice choice, OrderReference order, LocalDate today) {
		requireOpen();
		if (staff == null) {
			throw RuleViolation.onField("head", "validation.required");
		}
		// 001 §5.1: the head is one of the members.
		if (!isMember(staff)) {
			throw RuleViolation.onField("head", "association.head.notMember");
		}
		Optional<StaffId> previous = head();
		if (previous.filter(staff::equals).isPresent()) {
			throw RuleViolation.onField("head", "association.head.already");
		}
		Objects.requireNonNull(order, "001 §6.2: the head is appointed by order").checkedOn(today);
		// Exactly one head at a time: the previous term ends the day the new one begins.
		for (int i = 0; i < heads.size(); i++) {
			if (heads.get(i).isCurrent()) {
				heads.set(i, heads.get(i).endedOn(today));
			}
		}
		heads.add(new HeadTerm(staff, choice, order, today, null));
		// The head cannot also be the secretary (both sign the protocol): a secretary who becomes head stops being one.
		if (staff.equals(secretary)) {
			this.secretary = null;
		}
		registerEvent(new HeadChanged(schoolId, id, name, staff, previous.orElse(null), choice, today));
	}

	/** The association keeps a secretary for its protocols, one of its members; {@code null} keeps none. */
	public void chooseSecretary(StaffId staff) {
		requireOpen();
		if (staff != null && !isMember(staff)) {
			throw RuleViolation.onField("secretary", "association.secretary.notMember");
		}
		// 001 §5.5: the head and the secretary both sign the protocol; one person cannot be both.
		if (staff != null && isHead(staff)) {
			throw RuleViolation.onField("secretary", "association.secretary.isHead");
		}
		this.secretary = staff;
	}

	/** 001 §6.6: the year's methodological theme, with its goal, priorities and tasks. */
	public void setTheme(YearTheme theme) {
		requireOpen();
		themes.removeIf(existing -> existing.schoolYear() == theme.schoolYear());
		themes.add(theme);
	}

	/** 001 §6.10: a member's self-education topic for the year. */
	public void recordSelfEducationTopic(StaffId member, SchoolYear year, String topic) {
		requireOpen();
		if (!isMember(member)) {
			throw RuleViolation.onField("staff", "association.member.notMember");
		}
		topics.removeIf(t -> t.staffId().equals(member) && t.schoolYear() == year.startYear());
		topics.add(new SelfEducationTopic(member, year.startYear(), topic));
	}

	/**
	 * 001 §5.7: at the year's end the deputy analyses the association's work and gives directions at its last
	 * session, which must be one of this association's sessions held in that year.
	 */
	public void completeYearEnd(SchoolYear year, String analysis, String directions, Session lastSession,
			StaffId analysedBy, LocalDate today) {
		if (lastSession == null || !lastSession.associationId().equals(id) || !lastSession.isHeld()
				|| !year.contains(lastSession.date())) {
			throw RuleViolation.onField("session", "association.yearEnd.sessionNotHeld", year.toString());
		}
		if (yearEnd(year).isPresent()) {
			throw RuleViolation.of("association.yearEnd.already", year.toString());
		}
		yearEnds.add(new YearEnd(year.startYear(), analysis, directions, lastSession.getId(), analysedBy, today));
		registerEvent(new YearEndAnalysisCompleted(schoolId, id, name, year, lastSession.getId(), analysedBy, today));
	}

	/** 004 papers 4, plan I.12: the year's analysis is handed in (to the head of studies or the district). */
	public void handInYearAnalysis(SchoolYear year, kg.usulduk.association.YearAnalysisRecipient to, LocalDate on,
			StaffId by, LocalDate today) {
		YearEnd done = yearEnd(year).orElseThrow(() -> RuleViolation.of("association.yearEnd.notYet", year.toString()));
		YearEnd handed = done.handedIn(to, on, by, today);
		yearEnds.remove(done);
		yearEnds.add(handed);
	}

	private void requireOpen() {
		if (status == Status.CLOSED) {
			throw RuleViolation.of("association.closed");
		}
	}

	// 002 §2.1: a group works on a problem; an association of subject teachers has none.
	private static String checkedProblem(AssociationKind kind, String problem) {
		if (!kind.isGroup()) {
			return null;
		}
		return TypedText.required("problem", problem, 500);
	}

	/** The problem a creative or problem group works on (002 §2.1); empty for other associations. */
	public Optional<String> problem() {
		return Optional.ofNullable(problem);
	}

	private static void requireKind(AssociationKind kind) {
		if (kind == null) {
			throw RuleViolation.onField("kind", "validation.required");
		}
	}

	private static List<String> checkedSubjects(List<String> subjects) {
		List<String> list = subjects == null ? List.of()
				: subjects.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
		if (list.size() > 20) {
			throw RuleViolation.onField("subjects", "association.subjects.tooMany", 20);
		}
		list.forEach(s -> TypedText.required("subjects", s, 100));
		return list;
	}

	private Optional<Membership> currentMembership(StaffId staff) {
		return memberships.stream().filter(m -> m.staffId().equals(staff) && m.isCurrent()).findFirst();
	}

	public boolean isMember(StaffId staff) {
		return currentMembership(staff).isPresent();
	}

	public boolean isOpen() {
		return status == Status.OPEN;
	}

	/** The current head; empty until the first is chosen. */
	public Optional<StaffId> head() {
		return heads.stream().filter(HeadTerm::isCurrent).map(HeadTerm::staffId).findFirst();
	}

	public boolean isHead(StaffId staff) {
		return head().filter(staff::equals).isPresent();
	}

	public Optional<StaffId> secretary() {
		return Optional.ofNullable(secretary);
	}

	public List<StaffId> currentMembers() {
		return memberships.stream().filter(Membership::isCurrent).sorted(Comparator.comparing(Membership::joinedOn))
				.map(Membership::staffId).toList();
	}

	public List<Membership> memberships() {
		return memberships.stream().sorted(Comparator.comparing(Membership::joinedOn)).toList();
	}

	/** The heads, the first first. */
	public List<HeadTerm> headHistory() {
		return List.copyOf(heads);
	}

	public Optional<YearTheme> theme(SchoolYear year) {
		return themes.stream().filter(t -> t.schoolYear() == year.startYear()).findFirst();
	}

	public List<SelfEducationTopic> topics(SchoolYear year) {
		return topics.stream().filter(t -> t.schoolYear() == year.startYear()).toList();
	}

	public Optional<YearEnd> yearEnd(SchoolYear year) {
		return yearEnds.stream().filter(y -> y.schoolYear() == year.startYear()).findFirst();
	}

	public AssociationCard card() {
		return new AssociationCard(id, schoolId, name, kind, head().orElse(null), currentMembers());
	}

	@Override
	public AssociationId getId() {
		return id;
	}

	public SchoolId schoolId() {
		return schoolId;
	}

	public String name() {
		return name;
	}

	public AssociationKind kind() {
		return kind;
	}

	public List<String> subjects() {
		return subjects;
	}

	public java.util.Optional<OrderReference> closingOrder() {
		return java.util.Optional.ofNullable(closingOrder);
	}

	public OrderReference openingOrder() {
		return openingOrder;
	}

	public LocalDate openedOn() {
		return openedOn;
	}

	public Status status() {
		return status;
	}

	public LocalDate closedOn() {
		return closedOn;
	}

	public Integer version() {
		return version;
	}
}
