package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import kg.usulduk.council.CouncilEventId;
import kg.usulduk.council.CouncilId;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.Versions;
import kg.usulduk.school.SchoolTime;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's events (000 §2.3): scheduled, moved, cancelled and marked held by those who keep the council's
 * papers — the chair, the secretary, the director ({@link CouncilAccess#keepsProtocols}); read by everyone of the
 * school and the district observer.
 */
@Service
@Transactional
public class CouncilEventManagement {

	private final Councils councils;
	private final CouncilEvents events;
	private final DecisionRegister register;
	private final StaffDirectory staff;
	private final CouncilAccess access;
	private final SchoolTime schoolTime;

	CouncilEventManagement(Councils councils, CouncilEvents events, DecisionRegister register, StaffDirectory staff,
			CouncilAccess access, SchoolTime schoolTime) {
		this.councils = councils;
		this.events = events;
		this.register = register;
		this.staff = staff;
		this.access = access;
		this.schoolTime = schoolTime;
	}

	/** Whether this person schedules and keeps the council's events: its chair, its secretary, the director. */
	public boolean organises(SchoolUser actor, Council council) {
		return access.keepsProtocols(actor, council);
	}

	public CouncilEvent schedule(SchoolUser actor, CouncilId councilId, CouncilEvent.Plan plan) {
		Council council = councils.findByIdAndSchoolId(councilId, actor.schoolId())
				.orElseThrow(() -> new NotFound("council", councilId));
		requireOrganiser(actor, council);
		if (plan.responsible() != null) {
			staff.requireActiveStaff(council.schoolId(), plan.responsible(), "responsible");
		}
		if (plan.decisionSession() != null && plan.decisionItem() != null
				&& decisionsOf(council).stream().noneMatch(d -> d.session().equals(plan.decisionSession())
						&& d.item() == plan.decisionItem())) {
			throw RuleViolation.onField("decision", "council.event.decisionUnknown");
		}
		return events.save(CouncilEvent.schedule(council, plan, invited(council, plan.audience()), today(actor.schoolId())));
	}

	public CouncilEvent reschedule(SchoolUser actor, CouncilEventId id, Integer shownVersion, LocalDate startsOn,
			LocalDate endsOn, LocalTime time, String place, String reason) {
		CouncilEvent event = own(actor, id, shownVersion);
		Council council = councilOf(event);
		requireOrganiser(actor, council);
		event.reschedule(council.year(), startsOn, endsOn, time, place, reason, invited(council, event.audience()),
				today(actor.schoolId()));
		return events.save(event);
	}

	public CouncilEvent cancel(SchoolUser actor, CouncilEventId id, Integer shownVersion, String reason) {
		CouncilEvent event = own(actor, id, shownVersion);
		Council council = councilOf(event);
		requireOrganiser(actor, council);
		event.cancel(reason, invited(council, event.audience()));
		return events.save(event);
	}

	public CouncilEvent hold(SchoolUser actor, CouncilEventId id, Integer shownVersion, CouncilEvent.Outcome outcome) {
		CouncilEvent event = own(actor, id, shownVersion);
		requireOrganiser(actor, councilOf(event));
		event.hold(outcome, today(actor.schoolId()));
		return events.save(event);
	}

	/** An event of a school the person reads; another's is not found. */
	@Transactional(readOnly = true)
	public CouncilEvent find(SchoolUser actor, CouncilEventId id) {
		CouncilEvent event = events.findById(id).orElseThrow(() -> new NotFound("event", id));
		try {
			access.readableSchool(actor, event.schoolId());
		}
		catch (NotFound e) {
			throw new NotFound("event", id);
		}
		return event;
	}

	/** The decisions of the council's signed protocols an event may refer to. */
	@Transactional(readOnly = true)
	public List<DecisionRegister.Row> decisionsOf(Council council) {
		return register.find(council.getId(), null, DecisionRegister.TaskStatus.ANY, null, today(council.schoolId()));
	}

	@Transactional(readOnly = true)
	public Council councilOf(CouncilEvent event) {
		return councils.findById(event.councilId()).orElseThrow();
	}

	/** The people an event concerns: the council's members, or everyone of the school's staff. */
	private List<StaffId> invited(Council council, CouncilEvent.Audience audience) {
		if (audience == CouncilEvent.Audience.STAFF) {
			return staff.activeStaff(council.schoolId()).stream().map(StaffCard::id).toList();
		}
		return List.copyOf(council.members());
	}

	private void requireOrganiser(SchoolUser actor, Council council) {
		if (!organises(actor, council)) {
			throw new AccessDeniedException("The council's events are kept by its chair, its secretary and the director");
		}
	}

	private CouncilEvent own(SchoolUser actor, CouncilEventId id, Integer shownVersion) {
		CouncilEvent event = events.findByIdAndSchoolId(id, actor.schoolId()).orElseThrow(() -> new NotFound("event", id));
		Versions.expect(shownVersion, event.version(), id);
		return event;
	}

	private LocalDate today(kg.usulduk.school.SchoolId school) {
		return schoolTime.today(school);
	}
}
