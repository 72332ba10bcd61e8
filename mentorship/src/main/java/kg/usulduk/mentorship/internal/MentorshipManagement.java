package kg.usulduk.mentorship.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.association.SessionId;
import kg.usulduk.mentorship.MentorOrderId;
import kg.usulduk.mentorship.MentorshipId;
import kg.usulduk.mentorship.PlanOwner;
import kg.usulduk.mentorship.ReportKind;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.Role;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolTime;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.Versions;
import kg.usulduk.school.papers.FrozenPaper;
import kg.usulduk.school.papers.PaperFreezer;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The school's mentorship (plan IV.1), who may do what: the director issues the orders; a deputy does everything and
 * controls it; the head of the young teacher's association proposes, approves the plans and hears the reports; the
 * mentor and the young teacher keep their own pair's plans, meetings and reports; other staff see the list of pairs
 * only; the district's observer reads.
 */
@Service
@Transactional
public class MentorshipManagement {

	private final Mentorships mentorships;
	private final MentorOrders orders;
	private final MentorshipSettings settings;
	private final SchoolDirectory schools;
	private final StaffDirectory staff;
	private final AssociationDirectory associations;
	private final SchoolTime schoolTime;
	private final PaperFreezer freezer;
	private final MentorshipBoard board;

	MentorshipManagement(Mentorships mentorships, MentorOrders orders, MentorshipSettings settings,
			SchoolDirectory schools, StaffDirectory staff, AssociationDirectory associations, SchoolTime schoolTime,
			PaperFreezer freezer, MentorshipBoard board) {
		this.board = board;
		this.mentorships = mentorships;
		this.orders = orders;
		this.settings = settings;
		this.schools = schools;
		this.staff = staff;
		this.associations = associations;
		this.schoolTime = schoolTime;
		this.freezer = freezer;
	}

	/** The year's mentorships of a school, and its young teachers without a mentor. */
	public record Overview(SchoolProfile school, SchoolYear year, List<Mentorship> pairs, List<StaffCard> unpaired,
			List<MentorOrder> orders) {
	}

	@Transactional(readOnly = true)
	public Overview overview(SchoolUser actor, SchoolId schoolId, SchoolYear year) {
		SchoolProfile school = schools.readableBy(actor, schoolId);
		List<Mentorship> pairs = mentorships.findBySchoolIdAndSchoolYearOrderByProposedOnAsc(schoolId,
				year.startYear());
		Set<StaffId> paired = pairs.stream().filter(p -> p.status().isActive() || p.status() == Mentorship.Status.COMPLETED)
				.map(Mentorship::youngTeacher).collect(Collectors.toSet());
		LocalDate today = schoolTime.today(school);
		List<StaffCard> unpaired = youngTeachers(school, today).stream().filter(card -> !paired.contains(card.id()))
				.toList();
		return new Overview(school, year, pairs, unpaired, orders.findBySchoolIdOrderByDateDesc(schoolId));
	}

	/**
	 * The list page of a school year: its pairs and orders as lines (one statement each, see {@link MentorshipBoard}),
	 * the school's active staff, its young teachers without a mentor, the associations' names, and what the reader may
	 * do there. {@link #overview} reads the pairs whole, which a page of many pairs cannot afford.
	 */
	public record Board(SchoolProfile school, SchoolYear year, LocalDate today, List<MentorshipBoard.PairLine> pairs,
			List<StaffCard> staff, List<StaffCard> unpaired, List<MentorshipBoard.OrderLine> orders,
			java.util.Map<kg.usulduk.association.AssociationId, String> associations, boolean mayPropose,
			boolean issuesOrders) {
	}

	@Transactional(readOnly = true)
	public Board board(SchoolUser actor, SchoolId schoolId, SchoolYear year) {
		SchoolProfile school = schools.readableBy(actor, schoolId);
		LocalDate today = schoolTime.today(school);
		List<MentorshipBoard.PairLine> pairs = board.pairs(school.id(), year.startYear(), today);
		Set<StaffId> paired = pairs.stream()
				.filter(p -> p.status().isActive() || p.status() == Mentorship.Status.COMPLETED)
				.map(MentorshipBoard.PairLine::youngTeacher).collect(Collectors.toSet());
		List<StaffCard> active = staff.activeStaff(school.id()).stream()
				.sorted(Comparator.comparing(StaffCard::fullName)).toList();
		List<StaffCard> unpaired = active.stream()
				.filter(card -> card.teachingSince() != null
						&& school.settings().isYoungTeacher(card.yearsOfExperience(today)))
				.filter(card -> !paired.contains(card.id())).toList();
		var headings = associations.headings(school.id());
		java.util.Map<kg.usulduk.association.AssociationId, String> names = new java.util.HashMap<>();
		headings.forEach(heading -> names.put(heading.id(), heading.name()));
		boolean own = actor.schoolId().equals(school.id()) && !actor.isReadOnly();
		boolean heads = headings.stream().anyMatch(h -> h.open() && actor.staffId().equals(h.head()));
		return new Board(school, year, today, pairs, active, unpaired, board.orders(school.id()), names,
				own && (actor.hasRole(Role.DEPUTY) || heads), own && actor.hasRole(Role.DIRECTOR));
	}

	/** What the reader of a pair's page may do there: the page shows a form only to who may use it. */
	public record Rights(boolean mentor, boolean youngTeacher, boolean manages, boolean approves, boolean director) {

		/** Whether the reader keeps the pair's plans, meetings and papers (the pair or the management). */
		public boolean keeps() {
			return mentor || youngTeacher || manages;
		}
	}

	public Rights rights(SchoolUser actor, Mentorship pair) {
		if (actor.isReadOnly() || !actor.schoolId().equals(pair.schoolId())) {
			return new Rights(false, false, false, false, false);
		}
		return new Rights(actor.staffId().equals(pair.mentor()), actor.staffId().equals(pair.youngTeacher()),
				manages(actor), actor.hasRole(Role.DEPUTY) || headOf(actor, pair), actor.hasRole(Role.DIRECTOR));
	}

	/** The name of the pair's association, as the page shows it. */
	@Transactional(readOnly = true)
	public String associationName(Mentorship pair) {
		return associations.find(pair.schoolId(), pair.associationId()).map(AssociationCard::name).orElse("");
	}

	/** The pairs whose mentor accepted, waiting for the director's order. */
	@Transactional(readOnly = true)
	public List<MentorshipBoard.PairLine> accepted(SchoolUser actor) {
		requireDirector(actor);
		SchoolProfile school = schools.readableBy(actor, actor.schoolId());
		LocalDate today = schoolTime.today(school);
		return board.pairs(school.id(), SchoolYear.of(today).startYear(), today).stream()
				.filter(p -> p.status() == Mentorship.Status.ACCEPTED).toList();
	}

	/** 001 §2.1: the young teachers are those below the school's years of experience; derived, never typed. */
	@Transactional(readOnly = true)
	public List<StaffCard> youngTeachers(SchoolProfile school, LocalDate today) {
		return staff.activeStaff(school.id()).stream()
				.filter(card -> card.teachingSince() != null && school.settings().isYoungTeacher(card.yearsOfExperience(today)))
				.sorted(Comparator.comparing(StaffCard::fullName)).toList();
	}

	/** A mentorship with its papers: for the pair, the head of its association, the deputies, the director, the observer. */
	@Transactional(readOnly = true)
	public Mentorship pair(SchoolUser actor, MentorshipId id) {
		Mentorship pair = mentorships.findById(id).orElseThrow(() -> new NotFound("mentorship", id));
		try {
			schools.readableBy(actor, pair.schoolId());
		}
		catch (NotFound e) {
			throw new NotFound("mentorship", id);
		}
		if (!mayReadPapers(actor, pair)) {
			throw new AccessDeniedException("A pair's papers are read by the pair, its association's head and the management");
		}
		return pair;
	}

	public boolean mayReadPapers(SchoolUser actor, Mentorship pair) {
		if (actor.hasRole(Role.DISTRICT_OBSERVER)) {
			return true;
		}
		if (!actor.schoolId().equals(pair.schoolId())) {
			return false;
		}
		return pair.concerns(actor.staffId()) || manages(actor) || headOf(actor, pair);
	}

	@Transactional(readOnly = true)
	public MentorOrder order(SchoolUser actor, MentorOrderId id) {
		MentorOrder order = orders.findById(id).orElseThrow(() -> new NotFound("order", id));
		try {
			schools.readableBy(actor, order.schoolId());
		}
		catch (NotFound e) {
			throw new NotFound("order", id);
		}
		return order;
	}

	/** An order of the school as a final paper, for the shared kernel's renderers: whoever asks, by the school. */
	@Transactional(readOnly = true)
	public Optional<MentorOrder> issuedOrder(SchoolId school, MentorOrderId id) {
		return orders.findById(id).filter(order -> order.schoolId().equals(school) && order.frozen() != null);
	}

	@Transactional(readOnly = true)
	public MentorshipSettings.Values settings(SchoolUser actor) {
		require(actor.hasAnyRole(Role.DIRECTOR, Role.DEPUTY, Role.ADMIN), "The management keeps the rules for mentors");
		return settings.of(actor.schoolId());
	}

	public void changeSettings(SchoolUser actor, Integer mentorMinimumYears, Integer maximumMentees) {
		require(!actor.isReadOnly() && actor.hasAnyRole(Role.DIRECTOR, Role.DEPUTY, Role.ADMIN),
				"The management sets the school's rules for mentors");
		if (mentorMinimumYears == null) {
			throw RuleViolation.onField("mentorMinimumYears", "validation.required");
		}
		if (maximumMentees == null) {
			throw RuleViolation.onField("maximumMentees", "validation.required");
		}
		settings.change(actor.schoolId(), new MentorshipSettings.Values(mentorMinimumYears, maximumMentees));
	}

	/** Plan IV.1.A: the head of the young teacher's association (or a deputy) proposes a mentor. */
	public Mentorship propose(SchoolUser actor, StaffId youngTeacher, StaffId mentor, SessionId session) {
		requireWriter(actor);
		SchoolProfile school = schools.readableBy(actor, actor.schoolId());
		LocalDate today = schoolTime.today(school);
		StaffCard young = staff.requireActiveStaff(school.id(), youngTeacher, "youngTeacher");
		StaffCard chosen = mentor == null ? null : staff.requireActiveStaff(school.id(), mentor, "mentor");
		// The young teacher's association: the one the actor heads, or for a deputy the first the teacher belongs to.
		AssociationCard association = associations.openAssociations(school.id()).stream()
				.filter(card -> card.members().contains(young.id()))
				.filter(card -> actor.hasRole(Role.DEPUTY) || actor.staffId().equals(card.head()))
				// A teacher's subject association proposes their mentor before a creative or problem group does.
				.min(Comparator.comparing((AssociationCard card) -> card.kind().isGroup())).orElse(null);
		if (association == null) {
			if (!actor.hasRole(Role.DEPUTY) && associations.openAssociations(school.id()).stream()
					.noneMatch(card -> actor.staffId().equals(card.head()))) {
				throw new AccessDeniedException("The head of the young teacher's association proposes a mentor");
			}
			throw RuleViolation.onField("youngTeacher", "mentorship.youngTeacher.notMember");
		}
		MentorshipSettings.Values limits = settings.of(school.id());
		int year = SchoolYear.of(today).startYear();
		int mentees = chosen == null ? 0 : mentorships.countActiveOfMentor(chosen.id(), year);
		Mentorship pair = Mentorship.propose(school.id(), association.id(), association.members(),
				new Mentorship.Proposal(young, chosen, session),
				new Mentorship.Limits(school.settings().youngTeacherYears(), limits.mentorMinimumYears(),
						limits.maximumMentees()),
				mentees, mentorships.hasActive(young.id(), year), actor.staffId(), today);
		return mentorships.save(pair);
	}

	public Mentorship accept(SchoolUser actor, MentorshipId id, Integer shownVersion) {
		Mentorship pair = own(actor, id, shownVersion);
		requireWriter(actor);
		require(actor.staffId().equals(pair.mentor()), "Only the proposed mentor answers");
		pair.accept(actor.staffId(), today(actor));
		return mentorships.save(pair);
	}

	public Mentorship decline(SchoolUser actor, MentorshipId id, Integer shownVersion, String reason) {
		Mentorship pair = own(actor, id, shownVersion);
		requireWriter(actor);
		require(actor.staffId().equals(pair.mentor()), "Only the proposed mentor answers");
		pair.decline(actor.staffId(), reason, today(actor));
		return mentorships.save(pair);
	}

	/**
	 * Plan IV.1.A: the director's order assigns the accepted mentors named, with its table of pairs as the staff
	 * directory says them today, frozen with the director's signature.
	 */
	public MentorOrder assign(SchoolUser actor, MentorOrder.Heading heading, List<MentorshipId> pairs) {
		requireDirector(actor);
		SchoolId school = actor.schoolId();
		if (heading.controlledBy() != null && !staff.hasRole(school, heading.controlledBy(), Role.DEPUTY)) {
			throw RuleViolation.onField("controlledBy", "mentorship.order.controllerNotDeputy");
		}
		List<Mentorship> named = new ArrayList<>();
		for (MentorshipId id : pairs == null ? List.<MentorshipId>of() : pairs) {
			Mentorship pair = mentorships.findByIdAndSchoolId(id, school)
					.orElseThrow(() -> RuleViolation.onField("pairs", "mentorship.order.unknownPair"));
			if (pair.status() != Mentorship.Status.ACCEPTED) {
				throw RuleViolation.onField("pairs", "mentorship.notAccepted");
			}
			named.add(pair);
		}
		LocalDate today = today(actor);
		List<OrderRow> rows = named.stream().map(pair -> row(school, pair, today)).toList();
		MentorOrder order = MentorOrder.assigning(school, heading, rows, actor.staffId(),
				paper(school, actor.staffId(), named, heading.controlledBy()), today);
		MentorOrder saved = orders.save(order);
		saved.applyTo(named);
		mentorships.saveAll(named);
		return saved;
	}

	/** A mentorship ended before its term: by a new order of the director, for the reason it gives. */
	public MentorOrder end(SchoolUser actor, MentorshipId id, Integer shownVersion, MentorOrder.Heading heading) {
		requireDirector(actor);
		Mentorship pair = own(actor, id, shownVersion);
		if (pair.status() != Mentorship.Status.ASSIGNED) {
			throw RuleViolation.of("mentorship.notRunning");
		}
		LocalDate today = today(actor);
		MentorOrder order = MentorOrder.ending(actor.schoolId(), heading, row(actor.schoolId(), pair, today),
				actor.staffId(), paper(actor.schoolId(), actor.staffId(), List.of(pair), pair.controlledBy()), today);
		MentorOrder saved = orders.save(order);
		saved.applyTo(List.of(pair));
		mentorships.save(pair);
		return saved;
	}

	public Mentorship describeDifficulties(SchoolUser actor, MentorshipId id, Integer shownVersion, String text) {
		Mentorship pair = own(actor, id, shownVersion);
		requireWriter(actor);
		pair.describeDifficulties(actor.staffId(), text);
		return mentorships.save(pair);
	}

	/** Plan IV.1.B: the mentor writes the mentor's plan, the young teacher theirs; a deputy may write either. */
	public Mentorship addPlanItem(SchoolUser actor, MentorshipId id, Integer shownVersion, PlanOwner owner,
			YearMonth month, String what) {
		Mentorship pair = own(actor, id, shownVersion);
		requirePlanAuthor(actor, pair, owner);
		pair.planItem(owner, month, what);
		return mentorships.save(pair);
	}

	public Mentorship removePlanItem(SchoolUser actor, MentorshipId id, Integer shownVersion, UUID item) {
		Mentorship pair = own(actor, id, shownVersion);
		requireWriter(actor);
		require(pair.concerns(actor.staffId()) || manages(actor), "The pair keeps its plans");
		pair.removePlanItem(item);
		return mentorships.save(pair);
	}

	public Mentorship markDone(SchoolUser actor, MentorshipId id, Integer shownVersion, UUID item) {
		Mentorship pair = own(actor, id, shownVersion);
		requireWriter(actor);
		require(pair.concerns(actor.staffId()) || manages(actor), "The pair follows its plans");
		pair.markDone(item, today(actor));
		return mentorships.save(pair);
	}

	/** Plan IV.1.B: the head of the association (or a deputy) approves a plan. */
	public Mentorship approvePlan(SchoolUser actor, MentorshipId id, Integer shownVersion, PlanOwner owner) {
		Mentorship pair = own(actor, id, shownVersion);
		requireHeadOrDeputy(actor, pair);
		if (owner == null) {
			throw RuleViolation.onField("plan", "validation.required");
		}
		pair.approvePlan(owner, actor.staffId(), today(actor));
		return mentorships.save(pair);
	}

	public Mentorship logMeeting(SchoolUser actor, MentorshipId id, Integer shownVersion,
			Mentorship.MeetingRecord record) {
		Mentorship pair = own(actor, id, shownVersion);
		requireWriter(actor);
		require(pair.concerns(actor.staffId()) || manages(actor), "The pair logs its meetings");
		pair.logMeeting(record);
		return mentorships.save(pair);
	}

	public Mentorship submitReport(SchoolUser actor, MentorshipId id, Integer shownVersion, ReportKind kind,
			String text) {
		Mentorship pair = own(actor, id, shownVersion);
		requireWriter(actor);
		if (kind == null) {
			throw RuleViolation.onField("kind", "validation.required");
		}
		pair.submitReport(kind, actor.staffId(), text, today(actor));
		return mentorships.save(pair);
	}

	/** Plan IV.1 item 1: the reports heard at a session, the head (or a deputy) completes the mentorship. */
	public Mentorship complete(SchoolUser actor, MentorshipId id, Integer shownVersion, String result,
			SessionId heardAt) {
		Mentorship pair = own(actor, id, shownVersion);
		requireHeadOrDeputy(actor, pair);
		pair.complete(result, heardAt, today(actor));
		return mentorships.save(pair);
	}

	/** The people the order names get a "have read" line each; the director signs it. */
	private FrozenPaper paper(SchoolId school, StaffId director, List<Mentorship> pairs, StaffId controller) {
		List<StaffId> named = new ArrayList<>();
		pairs.forEach(pair -> {
			named.add(pair.mentor());
			named.add(pair.youngTeacher());
		});
		if (controller != null) {
			named.add(controller);
		}
		return freezer.freeze(school, "", List.of(), List.of(), named.stream().distinct().toList(),
				List.of(new PaperFreezer.Signed("mentorship.order.signedBy", director, schoolTime.instant())),
				schoolTime.instant());
	}

	private OrderRow row(SchoolId school, Mentorship pair, LocalDate today) {
		StaffCard mentor = staff.find(school, pair.mentor()).orElseThrow();
		StaffCard young = staff.find(school, pair.youngTeacher()).orElseThrow();
		return new OrderRow(pair.getId(), mentor.id(), mentor.fullName(), String.join(", ", mentor.subjects()),
				mentor.category() == null ? "" : mentor.category().name(), mentor.yearsOfExperience(today), young.id(),
				young.fullName(), String.join(", ", young.subjects()), young.teachingSince());
	}

	private Mentorship own(SchoolUser actor, MentorshipId id, Integer shownVersion) {
		Mentorship pair = mentorships.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("mentorship", id));
		Versions.expect(shownVersion, pair.version(), id);
		return pair;
	}

	private boolean manages(SchoolUser actor) {
		return actor.hasRole(Role.DEPUTY) || actor.hasRole(Role.DIRECTOR);
	}

	private boolean headOf(SchoolUser actor, Mentorship pair) {
		return associations.find(pair.schoolId(), pair.associationId()).map(AssociationCard::head)
				.filter(actor.staffId()::equals).isPresent();
	}

	private void requirePlanAuthor(SchoolUser actor, Mentorship pair, PlanOwner owner) {
		requireWriter(actor);
		if (owner == null) {
			throw RuleViolation.onField("owner", "validation.required");
		}
		StaffId author = owner == PlanOwner.MENTOR ? pair.mentor() : pair.youngTeacher();
		require(actor.staffId().equals(author) || actor.hasRole(Role.DEPUTY), "Each of the pair writes their own plan");
	}

	private void requireHeadOrDeputy(SchoolUser actor, Mentorship pair) {
		requireWriter(actor);
		require(actor.hasRole(Role.DEPUTY) || headOf(actor, pair),
				"The head of the young teacher's association approves and hears");
	}

	private static void requireDirector(SchoolUser actor) {
		requireWriter(actor);
		require(actor.hasRole(Role.DIRECTOR), "The director issues the orders on mentors");
	}

	private static void requireWriter(SchoolUser actor) {
		require(!actor.isReadOnly(), "Read only");
	}

	private static void require(boolean allowed, String why) {
		if (!allowed) {
			throw new AccessDeniedException(why);
		}
	}

	private LocalDate today(SchoolUser actor) {
		return schoolTime.today(actor.schoolId());
	}
}
