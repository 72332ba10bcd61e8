package kg.usulduk.planning.internal;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.mentorship.MentorAssigned;
import kg.usulduk.mentorship.MentorProposed;
import kg.usulduk.mentorship.MentorshipEnded;
import kg.usulduk.mentorship.MentorshipId;
import kg.usulduk.mentorship.MentorshipPlanApproved;
import kg.usulduk.mentorship.PlanOwner;
import kg.usulduk.school.DeputyDuty;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolTime;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Issue 14: the steps of a mentorship (plan IV.1) tell the person who acts next or whom it concerns: a proposal the
 * proposed mentor (to accept or decline), the director's order the mentor and the young teacher, an approved plan its
 * author, an early end the deputy who controls the pair. Each step once, never to whoever took it, linking to the
 * mentorship's page; a step of a school year gone by tells nobody.
 */
@Component
class MentorshipNotices {

	private final Notifier notifier;
	private final AssociationDirectory associations;
	private final StaffDirectory staff;
	private final SchoolTime schoolTime;
	private final SchoolDirectory schools;

	MentorshipNotices(Notifier notifier, AssociationDirectory associations, StaffDirectory staff,
			SchoolTime schoolTime, SchoolDirectory schools) {
		this.schools = schools;
		this.notifier = notifier;
		this.associations = associations;
		this.staff = staff;
		this.schoolTime = schoolTime;
	}

	/**
	 * A step of a school year gone by (a pair recorded afterwards, the demo's last year) asks nobody to act: a notice
	 * is about what is to be done now.
	 */
	private boolean past(SchoolId school, LocalDate day) {
		return SchoolYear.of(day).startYear() < SchoolYear.of(schoolTime.today(school)).startYear();
	}

	@ApplicationModuleListener
	void on(MentorProposed e) {
		if (past(e.school(), e.proposedOn())) {
			return;
		}
		String association = associations.find(e.school(), e.association()).map(AssociationCard::name).orElse("");
		notifier.approval(e.school(), Notifier.Notice.MENTOR_PROPOSED, e.mentorship().toString(), link(e.mentorship()),
				e.proposedBy(), List.of(e.mentor()), name(e.school(), e.youngTeacher()), name(e.school(), e.proposedBy()),
				association);
	}

	@ApplicationModuleListener
	void on(MentorAssigned e) {
		if (past(e.school(), e.orderDate())) {
			return;
		}
		// The director signs the order and is no recipient; the order names the pair, who are told.
		notifier.approval(e.school(), Notifier.Notice.MENTOR_ASSIGNED, e.mentorship() + ":" + e.order(),
				link(e.mentorship()), null, List.of(e.mentor(), e.youngTeacher()), e.orderNumber(), e.orderDate(),
				name(e.school(), e.mentor()), name(e.school(), e.youngTeacher()), e.termEnd());
	}

	@ApplicationModuleListener
	void on(MentorshipPlanApproved e) {
		if (past(e.school(), e.approvedOn())) {
			return;
		}
		StaffId author = e.plan() == PlanOwner.MENTOR ? e.mentor() : e.youngTeacher();
		notifier.approval(e.school(), Notifier.Notice.MENTOR_PLAN_APPROVED, e.mentorship() + ":" + e.plan(),
				link(e.mentorship()), e.approvedBy(), List.of(author), name(e.school(), e.approvedBy()),
				name(e.school(), e.youngTeacher()), e.approvedOn());
	}

	@ApplicationModuleListener
	void on(MentorshipEnded e) {
		if (past(e.school(), e.endedOn())) {
			return;
		}
		// A pair ended before an order named its controller (one of them left): the deputy who controls the
		// associations (001 §9) is told instead.
		StaffId deputy = e.controlledBy() != null ? e.controlledBy()
				: schools.find(e.school()).map(profile -> profile.duties().get(DeputyDuty.CONTROLS_ASSOCIATIONS))
						.orElse(null);
		if (deputy == null) {
			return;
		}
		notifier.approval(e.school(), Notifier.Notice.MENTORSHIP_ENDED, e.mentorship().toString(),
				link(e.mentorship()), null, List.of(deputy), name(e.school(), e.youngTeacher()),
				name(e.school(), e.mentor()), e.reason(), e.endedOn());
	}

	private static String link(MentorshipId mentorship) {
		return "/mentorship/" + mentorship;
	}

	private String name(SchoolId school, StaffId person) {
		return staff.find(school, person).map(StaffCard::fullName).orElse("");
	}
}
