package kg.usulduk.app.probing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import kg.usulduk.association.ActivityId;
import kg.usulduk.association.ActivityKind;
import kg.usulduk.association.AssociationId;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.ProtocolId;
import kg.usulduk.association.SessionId;
import kg.usulduk.association.internal.Activity;
import kg.usulduk.association.internal.ActivityManagement;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.association.internal.AssociationManagement;
import kg.usulduk.association.internal.OrderReference;
import kg.usulduk.association.internal.SessionManagement;
import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilProtocolId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.council.CouncilTaskId;
import kg.usulduk.council.DecisionKind;
import kg.usulduk.council.MemberRole;
import kg.usulduk.council.internal.CouncilManagement;
import kg.usulduk.council.internal.CouncilProtocol;
import kg.usulduk.council.internal.CouncilProtocolEntry;
import kg.usulduk.council.internal.CouncilSession;
import kg.usulduk.planning.WorkPlanId;
import kg.usulduk.planning.internal.PersonalCalendar;
import kg.usulduk.planning.internal.SchoolThemes;
import kg.usulduk.planning.internal.plans.PeriodAdditions;
import kg.usulduk.planning.internal.plans.WorkPlan;
import kg.usulduk.planning.internal.plans.WorkPlanManagement;
import kg.usulduk.planning.internal.thematic.ThematicPlan.ThematicPlanId;
import kg.usulduk.planning.internal.thematic.ThematicPlanning;
import kg.usulduk.planning.internal.thematic.Topic;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.testing.TestSchools;
import kg.usulduk.school.testing.TestSchools.TestSchool;

import org.springframework.stereotype.Component;

/**
 * Seeds a school with one record of every kind a page or form takes an id of, made through the contexts' own
 * services, so that probing tests can fill every path variable with a real id. A context that adds pages adds
 * its records here.
 */
@Component
public class Worlds {

	private final TestSchools schools;
	private final AssociationManagement associations;
	private final SessionManagement sessions;
	private final ActivityManagement activities;
	private final CouncilManagement councils;
	private final WorkPlanManagement plans;
	private final PeriodAdditions additions;
	private final ThematicPlanning thematic;
	private final SchoolThemes themes;
	private final PersonalCalendar calendar;
	private final kg.usulduk.school.SchoolDirectory directory;
	private final kg.usulduk.council.internal.ProposedQuestions proposedQuestions;
	@org.springframework.beans.factory.annotation.Autowired
	private kg.usulduk.council.internal.CouncilEventManagement councilEvents;
	private final kg.usulduk.association.internal.documents.MemberDocumentManagement documents;
	@org.springframework.beans.factory.annotation.Autowired
	private kg.usulduk.mentorship.internal.MentorshipManagement mentorships;

	Worlds(TestSchools schools, AssociationManagement associations, SessionManagement sessions,
			ActivityManagement activities, CouncilManagement councils, WorkPlanManagement plans,
			PeriodAdditions additions, ThematicPlanning thematic, SchoolThemes themes, PersonalCalendar calendar,
			kg.usulduk.school.SchoolDirectory directory, kg.usulduk.council.internal.ProposedQuestions proposedQuestions,
			kg.usulduk.association.internal.documents.MemberDocumentManagement documents) {
		this.proposedQuestions = proposedQuestions;
		this.directory = directory;
		this.documents = documents;
		this.calendar = calendar;
		this.schools = schools;
		this.associations = associations;
		this.sessions = sessions;
		this.activities = activities;
		this.councils = councils;
		this.plans = plans;
		this.additions = additions;
		this.thematic = thematic;
		this.themes = themes;
	}

	/**
	 * A school and its records. {@code head} heads the association (and so sits on the council), {@code member} is
	 * a member of it, {@code secretary} is the council's elected secretary; the deputy formed the council and chairs
	 * it. The plain teacher belongs to neither. {@code newcomer} is staff without an account. {@code session} and
	 * {@code councilSession} are scheduled for late today, so they may be held, moved or cancelled;
	 * {@code heldSession}, {@code heldCouncilSession} are held with a draft protocol each ({@code protocol},
	 * {@code councilProtocol}); the council's first session, held and signed, set {@code task}. {@code document} is
	 * the member's individual work plan, submitted for approval.
	 */
	public record World(TestSchool school, SchoolUser head, SchoolUser member, SchoolUser secretary, StaffId newcomer,
			AssociationId association, SessionId session, SessionId heldSession, ProtocolId protocol,
			ActivityId activity, CouncilId council, CouncilSessionId councilSession, CouncilSessionId heldCouncilSession,
			CouncilProtocolId councilProtocol, CouncilTaskId task, WorkPlanId plan, UUID planItem, UUID periodAddition,
			ThematicPlanId thematicPlan, String feedToken, kg.usulduk.school.DistrictId district,
			kg.usulduk.council.CouncilEventId councilEvent, kg.usulduk.association.MemberDocumentId document,
			Mentoring mentoring) {

		public SchoolYear year() {
			return SchoolYear.of(LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE));
		}
	}

	/**
	 * The school year's mentorship: young teachers of the association; {@code pair} with the member as mentor,
	 * assigned by {@code order}, with an item of the mentor's plan and a meeting; {@code proposed} waiting for the
	 * member's answer; {@code accepted} (the head mentors) waiting for an order; {@code unpaired} young teacher for
	 * a proposal of the head's.
	 */
	public record Mentoring(kg.usulduk.mentorship.MentorshipId pair, kg.usulduk.mentorship.MentorshipId proposed,
			kg.usulduk.mentorship.MentorshipId accepted, kg.usulduk.mentorship.MentorOrderId order, UUID planItem,
			StaffId unpaired) {
	}

	/** A school in a district of its own, with everything seeded. */
	public World create() {
		return create("District " + UUID.randomUUID());
	}

	public World create(String district) {
		LocalDate today = LocalDate.now(kg.usulduk.school.SchoolSettings.DEFAULT_TIME_ZONE);
		SchoolYear year = SchoolYear.of(today);
		TestSchool school = schools.register(district);
		SchoolUser deputy = school.deputy();
		SchoolUser head = schools.addPerson(school, Role.TEACHER, "Head Асанова " + UUID.randomUUID().toString().substring(0, 4));
		SchoolUser member = schools.addPerson(school, Role.TEACHER, "Member Бекова " + UUID.randomUUID().toString().substring(0, 4));
		SchoolUser secretary = schools.addPerson(school, Role.TEACHER, "Secretary Осмонов " + UUID.randomUUID().toString().substring(0, 4));

		AssociationId association = associations.open(deputy, new AssociationManagement.Opening("Математика УБ",
				AssociationKind.SUBJECT, List.of("Математика"), new OrderReference("45", today))).getId();
		associations.admit(deputy, association, null, head.staffId());
		associations.admit(deputy, association, null, member.staffId());
		associations.electHead(deputy, association, null, head.staffId(), new OrderReference("45/1", today));

		SessionId held = sessions.schedule(head, association, today, LocalTime.of(14, 30), "Каб. 12",
				List.of(new AgendaItem("Иш планы", null))).getId();
		sessions.hold(head, held, null, Set.of(head.staffId(), member.staffId()));
		ProtocolId protocol = sessions.protocolsOf(head, held).get(0).getId();
		// Today's, late: it may be held, moved or cancelled.
		SessionId scheduled = sessions.schedule(head, association, today, LocalTime.of(23, 0), "Каб. 12",
				List.of(new AgendaItem("Олимпиада", null))).getId();
		// Today's visit of the head's lesson by the member: it may be held, moved, cancelled or analysed.
		ActivityId activity = activities.schedule(head, association, new Activity.Plan(ActivityKind.LESSON_VISIT,
				"Сабакка катышуу", member.staffId(), head.staffId(), today, null, LocalTime.of(23, 0), "7А", "План"))
				.getId();

		CouncilId council = councils.form(deputy, year, deputy.staffId()).getId();
		councils.seat(deputy, council, null, secretary.staffId(), MemberRole.CREATIVE_GROUP);
		CouncilSession first = councils.schedule(deputy, council, today, LocalTime.of(15, 0), null,
				List.of(new kg.usulduk.school.meetings.AgendaItem("Катчыны шайлоо")), false);
		Set<StaffId> present = Set.copyOf(councils.find(deputy, council).members());
		councils.hold(deputy, first.getId(), null, present);
		councils.electSecretary(deputy, first.getId(), secretary.staffId());
		CouncilProtocol firstProtocol = councils.protocolsOf(deputy, first.getId()).get(0);
		CouncilProtocol written = councils.writeProtocol(deputy, firstProtocol.getId(), null,
				List.of(new CouncilProtocolEntry("Катчыны шайлоо", "Угулду", "Тапшырма", DecisionKind.TASK, null, null,
						member.staffId(), today.plusDays(20), present.size(), 0, 0)));
		councils.sign(deputy, written.getId(), null);
		councils.sign(secretary, written.getId(), null);
		CouncilTaskId task = councils.tasksOf(councils.find(deputy, council)).get(0).getId();
		CouncilSession second = councils.schedule(deputy, council, today, LocalTime.of(16, 0), null,
				List.of(new kg.usulduk.school.meetings.AgendaItem("Иш планы")), false);
		councils.hold(deputy, second.getId(), null, present);
		CouncilProtocolId councilProtocol = councils.protocolsOf(deputy, second.getId()).get(0).getId();
		CouncilSessionId planned = councils.schedule(deputy, council, today, LocalTime.of(23, 0), null,
				List.of(new kg.usulduk.school.meetings.AgendaItem("Жыйынтык")), false).getId();

		// The pedagogical council, chaired by the director, with a session to come and a question the methodological
		// council proposed to it (its id derived from the school's: see proposalOf).
		var pedagogical = councils.formPedagogical(school.director(), year, null);
		councils.schedule(school.director(), pedagogical.getId(), today, LocalTime.of(23, 30), null,
				List.of(new kg.usulduk.school.meetings.AgendaItem("Жыйынтык")), false);
		proposedQuestions.propose(proposalOf(school.id()).value(), school.id().value(), year.startYear(),
				"probe:" + school.id(), "RECOMMEND_TEACHER", "Мугалим биринчи категорияга сунушталсын", today);

		WorkPlan plan = plans.startFromTemplate(head, association, year, Locale.ENGLISH);
		UUID item = plan.items().get(0).ref();
		additions.add(head, plan, new PeriodAdditions.Period(2, null), year.start(), year.end(), "Кошумча",
				member.staffId(), null);
		UUID addition = additions.of(plan, new PeriodAdditions.Period(2, null)).get(0).id();
		ThematicPlanId thematicPlan = thematic.submit(member, year, "Математика", "7А",
				List.of(new Topic("Бөлчөктөр", 2, today.plusDays(14), null))).getId();
		themes.set(deputy, year, new SchoolThemes.Theme("Тема", "Максат", null, null, null), null);

		// Today's methodological day of the council: it may be held, moved or cancelled.
		kg.usulduk.council.CouncilEventId councilEvent = councilEvents.schedule(deputy, council,
				new kg.usulduk.council.internal.CouncilEvent.Plan(kg.usulduk.council.CouncilEventKind.METHODOLOGICAL_DAY,
						"Усулдук күн", null, today, null, LocalTime.of(23, 0), "Зал", member.staffId(),
						kg.usulduk.council.internal.CouncilEvent.Audience.STAFF, null, null)).getId();
		// 001 §3.4: the member's individual work plan, submitted for the association's approval.
		kg.usulduk.association.MemberDocumentId document = documents.submit(member, documents.draftPlan(member,
				association, year, "Жеке иш планы", List.of(new kg.usulduk.association.internal.documents.PlanItem(
						kg.usulduk.association.internal.documents.PlanSection.PROFESSIONAL_GROWTH, "Курстар", "январь")))
				.getId(), null).getId();

		StaffId newcomer = schools.addTeacher(school.id(), "Newcomer Жумабаева", LocalDate.of(2020, 9, 1));
		String feedToken = calendar.feedOf(member).token();

		Mentoring mentoring = mentoring(school, head, member, association, today);

		return new World(school, head, member, secretary, newcomer, association, scheduled, held, protocol, activity,
				council, planned, second.getId(), councilProtocol, task, plan.getId(), item, addition, thematicPlan,
				feedToken, directory.find(school.id()).orElseThrow().districtId(), councilEvent, document, mentoring);
	}

	private Mentoring mentoring(TestSchool school, SchoolUser head, SchoolUser member, AssociationId association,
			LocalDate today) {
		SchoolUser deputy = school.deputy();
		List<StaffId> young = new java.util.ArrayList<>();
		for (String name : List.of("Young Алиева", "Young Бакиров", "Young Чыналиева", "Young Эсенов")) {
			StaffId teacher = schools.addTeacher(school.id(), name + " " + UUID.randomUUID().toString().substring(0, 4),
					today.minusYears(1));
			associations.admit(deputy, association, null, teacher);
			young.add(teacher);
		}
		var pair = mentorships.propose(head, young.get(0), member.staffId(), null);
		mentorships.accept(member, pair.getId(), null);
		var accepted = mentorships.propose(head, young.get(2), head.staffId(), null);
		mentorships.accept(head, accepted.getId(), null);
		var order = mentorships.assign(school.director(), new kg.usulduk.mentorship.internal.MentorOrder.Heading("12",
				today, "Методикалык бирикменин сунушу", null, null, deputy.staffId(), null), List.of(pair.getId()));
		var planned = mentorships.addPlanItem(member, pair.getId(), null, kg.usulduk.mentorship.PlanOwner.MENTOR,
				java.time.YearMonth.from(today), "Ченемдик документтер менен таанышуу");
		mentorships.logMeeting(member, pair.getId(), null, new kg.usulduk.mentorship.internal.Mentorship.MeetingRecord(
				kg.usulduk.mentorship.MeetingKind.CONSULTATION, "Сабакты пландоо", today, LocalTime.of(15, 0), 45, null));
		var proposed = mentorships.propose(head, young.get(1), member.staffId(), null);
		return new Mentoring(pair.getId(), proposed.getId(), accepted.getId(), order.getId(),
				planned.plan(kg.usulduk.mentorship.PlanOwner.MENTOR).get(0).ref(), young.get(3));
	}

	/** The question the world's methodological council proposed to its pedagogical council. */
	static kg.usulduk.council.ProposedQuestionId proposalOf(kg.usulduk.school.SchoolId school) {
		return new kg.usulduk.council.ProposedQuestionId(
				UUID.nameUUIDFromBytes(("proposal:" + school).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}
}
