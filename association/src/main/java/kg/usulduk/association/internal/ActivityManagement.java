package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import kg.usulduk.association.ActivityId;
import kg.usulduk.association.AssociationId;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.Versions;
import kg.usulduk.school.SchoolTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The association's activities: the head (or management) schedules, moves, cancels them and marks them held. */
@Service
@Transactional
public class ActivityManagement {

	private final Associations associations;
	private final Activities activities;
	private final AssociationAccess access;
	private final kg.usulduk.school.StaffDirectory staff;
	private final SchoolTime schoolTime;

	ActivityManagement(Associations associations, Activities activities, AssociationAccess access,
			kg.usulduk.school.StaffDirectory staff, SchoolTime schoolTime) {
		this.staff = staff;
		this.associations = associations;
		this.activities = activities;
		this.access = access;
		this.schoolTime = schoolTime;
	}

	public Activity schedule(SchoolUser actor, AssociationId id, Activity.Plan plan) {
		Association association = associations.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("association", id));
		access.requireLeader(actor, association);
		if (plan.visited() != null) {
			// 001 §3.7: colleagues of the school visit each other; a lesson of another school is no colleague's.
			staff.requireActiveStaff(actor.schoolId(), plan.visited(), "visited");
		}
		// 001 §5.6: the seminar an open lesson or event belongs to, of the same school (the domain checks the rest).
		Activity seminar = plan.seminar() == null ? null
				: activities.findByIdAndSchoolId(plan.seminar(), actor.schoolId()).orElse(null);
		return activities.save(Activity.schedule(association, plan, seminar, today(actor)));
	}

	public Activity reschedule(SchoolUser actor, ActivityId id, Integer shownVersion, LocalDate date, LocalDate until,
			LocalTime time, String reason) {
		Activity activity = own(actor, id, shownVersion);
		Association association = associationOf(activity);
		access.requireLeader(actor, association);
		activity.reschedule(date, until, time, reason, today(actor), association.currentMembers());
		return activities.save(activity);
	}

	public Activity cancel(SchoolUser actor, ActivityId id, Integer shownVersion, String reason) {
		Activity activity = own(actor, id, shownVersion);
		Association association = associationOf(activity);
		access.requireLeader(actor, association);
		activity.cancel(reason, association.currentMembers());
		return activities.save(activity);
	}

	public Activity markHeld(SchoolUser actor, ActivityId id, Integer shownVersion, String outcome) {
		Activity activity = own(actor, id, shownVersion);
		access.requireLeader(actor, associationOf(activity));
		activity.markHeld(outcome, today(actor));
		return activities.save(activity);
	}

	/** 001 §3.7: the visitor, and only they, records the analysis of the lesson they visited. */
	public Activity recordVisitAnalysis(SchoolUser actor, ActivityId id, Integer shownVersion, String analysis) {
		Activity activity = own(actor, id, shownVersion);
		activity.recordVisitAnalysis(actor.staffId(), analysis, today(actor));
		return activities.save(activity);
	}

	@Transactional(readOnly = true)
	public Activity find(SchoolUser actor, ActivityId id) {
		Activity activity = activities.findById(id).orElseThrow(() -> new NotFound("activity", id));
		try {
			access.readableSchool(actor, activity.schoolId());
		}
		catch (NotFound e) {
			throw new NotFound("activity", id);
		}
		return activity;
	}

	/**
	 * Whether the person may read the activity's papers (its plan, outcome and a visit's analysis): those who
	 * read the association's papers, and the people it concerns. Everyone else of the school sees what the
	 * public schedule shows.
	 */
	@Transactional(readOnly = true)
	public boolean mayReadPapers(SchoolUser actor, Activity activity, Association association) {
		boolean concerned = actor.schoolId().equals(activity.schoolId())
				&& (actor.staffId().equals(activity.responsible()) || actor.staffId().equals(activity.visited()));
		return concerned || access.mayReadPapers(actor, association);
	}

	private Activity own(SchoolUser actor, ActivityId id, Integer shownVersion) {
		Activity activity = activities.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("activity", id));
		Versions.expect(shownVersion, activity.version(), "Activity " + id);
		return activity;
	}

	private Association associationOf(Activity activity) {
		return associations.findById(activity.associationId()).orElseThrow();
	}

	private LocalDate today(SchoolUser actor) {
		return schoolTime.today(actor.schoolId());
	}
}
