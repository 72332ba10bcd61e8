package kg.usulduk.planning.internal.thematic;

import java.util.List;

import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.planning.internal.thematic.ThematicPlan.ThematicPlanId;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.Versions;
import kg.usulduk.school.SchoolTime;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Teachers' calendar-thematic plans (plan I.4): a teacher submits and revises their own; the head of an association
 * the teacher belongs to (or the deputy, or the director) records its discussion; the deputy approves it; the
 * teacher marks topics taught. Everyone of the school reads them, the district observer too.
 */
@Service
@Transactional
public class ThematicPlanning {

	private final ThematicPlans plans;
	private final AssociationDirectory associations;
	private final SchoolDirectory schools;
	private final kg.usulduk.planning.internal.ApprovalNotices notices;
	private final kg.usulduk.school.StaffDirectory staff;
	private final SchoolTime schoolTime;

	ThematicPlanning(ThematicPlans plans, AssociationDirectory associations, SchoolDirectory schools,
			kg.usulduk.planning.internal.ApprovalNotices notices, kg.usulduk.school.StaffDirectory staff, SchoolTime schoolTime) {
		this.notices = notices;
		this.staff = staff;
		this.plans = plans;
		this.associations = associations;
		this.schools = schools;
		this.schoolTime = schoolTime;
	}

	public ThematicPlan submit(SchoolUser actor, SchoolYear year, String subject, String classGroup, List<Topic> topics) {
		if (actor.isReadOnly()) {
			throw new AccessDeniedException("A district observer submits nothing");
		}
		return plans.save(ThematicPlan.submit(actor.schoolId(), actor.staffId(), year, subject, classGroup, topics));
	}

	public ThematicPlan revise(SchoolUser actor, ThematicPlanId id, Integer shownVersion, List<Topic> topics) {
		ThematicPlan plan = own(actor, id, shownVersion);
		requireTeacher(actor, plan);
		plan.revise(topics);
		return plans.save(plan);
	}

	public ThematicPlan discussed(SchoolUser actor, ThematicPlanId id, Integer shownVersion, String note) {
		ThematicPlan plan = own(actor, id, shownVersion);
		if (!mayDiscuss(actor, plan)) {
			throw new AccessDeniedException("Discussed in the teacher's association, recorded by its head");
		}
		plan.discussed(note);
		return plans.save(plan);
	}

	public ThematicPlan approve(SchoolUser actor, ThematicPlanId id, Integer shownVersion) {
		ThematicPlan plan = own(actor, id, shownVersion);
		if (!actor.hasRole(Role.DEPUTY)) {
			throw new AccessDeniedException("Calendar-thematic plans are approved by the deputy");
		}
		plan.approve(actor.staffId(), schoolTime.today(actor.schoolId()));
		ThematicPlan approved = plans.save(plan);
		// Issue 13: the teacher who wrote it learns it is approved.
		notices.tell(approved.schoolId(), kg.usulduk.planning.internal.ApprovalNotices.Step.THEMATIC_APPROVED,
				approved.getId().value().toString(), "/thematic/" + approved.getId().value(), actor.staffId(),
				List.of(approved.teacher()), approved.subject() + ", " + approved.classGroup(),
				staff.find(approved.schoolId(), actor.staffId()).map(kg.usulduk.school.StaffCard::fullName).orElse(""),
				"");
		return approved;
	}

	public ThematicPlan taught(SchoolUser actor, ThematicPlanId id, Integer shownVersion, int topic) {
		ThematicPlan plan = own(actor, id, shownVersion);
		requireTeacher(actor, plan);
		plan.taught(topic, schoolTime.today(actor.schoolId()));
		return plans.save(plan);
	}

	/** The head of an association the teacher belongs to, the deputy or the director. */
	public boolean mayDiscuss(SchoolUser actor, ThematicPlan plan) {
		if (!actor.schoolId().equals(plan.schoolId())) {
			return false;
		}
		if (actor.hasAnyRole(Role.DEPUTY, Role.DIRECTOR)) {
			return true;
		}
		return associations.openAssociations(plan.schoolId()).stream()
				.anyMatch(a -> actor.staffId().equals(a.head()) && a.members().contains(plan.teacher()));
	}

	@Transactional(readOnly = true)
	public List<ThematicPlan> ofYear(SchoolUser actor, SchoolId school, SchoolYear year) {
		readable(actor, school);
		return plans.findBySchoolIdAndSchoolYearOrderBySubjectAscClassGroupAsc(school, year.startYear());
	}

	@Transactional(readOnly = true)
	public ThematicPlan find(SchoolUser actor, ThematicPlanId id) {
		ThematicPlan plan = plans.findById(id).orElseThrow(() -> new NotFound("thematic plan", id));
		try {
			readable(actor, plan.schoolId());
		}
		catch (NotFound e) {
			throw new NotFound("thematic plan", id);
		}
		return plan;
	}

	private SchoolProfile readable(SchoolUser actor, SchoolId school) {
		return schools.readableBy(actor, school);
	}

	private ThematicPlan own(SchoolUser actor, ThematicPlanId id, Integer shownVersion) {
		ThematicPlan plan = plans.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("thematic plan", id));
		Versions.expect(shownVersion, plan.version(), "Thematic plan " + id);
		return plan;
	}

	private static void requireTeacher(SchoolUser actor, ThematicPlan plan) {
		if (!actor.staffId().equals(plan.teacher())) {
			throw new AccessDeniedException("Only the plan's teacher changes it");
		}
	}
}
