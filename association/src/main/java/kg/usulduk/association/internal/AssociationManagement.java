package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.SessionId;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.Versions;
import kg.usulduk.school.SchoolTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The acts on an association itself: opening and closing it, its members, head and secretary, its theme, members'
 * topics and the deputy's year-end analysis. Every act names its actor and is checked by {@link AssociationAccess}.
 */
@Service
@Transactional
public class AssociationManagement {

	private final Associations associations;
	private final Sessions sessions;
	private final StaffDirectory staff;
	private final AssociationAccess access;
	private final SchoolTime schoolTime;

	AssociationManagement(Associations associations, Sessions sessions, StaffDirectory staff, AssociationAccess access,
			SchoolTime schoolTime) {
		this.associations = associations;
		this.sessions = sessions;
		this.staff = staff;
		this.access = access;
		this.schoolTime = schoolTime;
	}

	/** What opening an association takes: its name, kind, subjects and the director's order. */
	/** What opening an association records; {@code problem} for a creative or problem group (002 §2.1). */
	public record Opening(String name, AssociationKind kind, List<String> subjects, String problem,
			OrderReference order) {

		public Opening(String name, AssociationKind kind, List<String> subjects, OrderReference order) {
			this(name, kind, subjects, null, order);
		}
	}

	public Association open(SchoolUser actor, Opening opening) {
		access.requireOpener(actor);
		return associations.save(Association.open(actor.schoolId(), opening.name(), opening.kind(), opening.subjects(),
				opening.problem(), opening.order(), today(actor)));
	}

	public Association describe(SchoolUser actor, AssociationId id, Integer shownVersion, String name,
			AssociationKind kind, List<String> subjects) {
		Association association = own(actor, id, shownVersion);
		access.requireManager(actor, association);
		association.describe(name, kind, subjects);
		return associations.save(association);
	}

	/** 001 §6.1: closed by the director's order, recorded by the deputy or the director. */
	public Association close(SchoolUser actor, AssociationId id, Integer shownVersion, OrderReference order) {
		Association association = own(actor, id, shownVersion);
		access.requireManager(actor, association);
		association.close(order, today(actor));
		return associations.save(association);
	}

	public Association admit(SchoolUser actor, AssociationId id, Integer shownVersion, StaffId person) {
		Association association = own(actor, id, shownVersion);
		access.requireManager(actor, association);
		requireActiveStaff(association.schoolId(), person, "staff");
		association.admit(person, today(actor));
		return associations.save(association);
	}

	public Association release(SchoolUser actor, AssociationId id, Integer shownVersion, StaffId person) {
		Association association = own(actor, id, shownVersion);
		access.requireManager(actor, association);
		association.release(person, today(actor));
		return associations.save(association);
	}

	/** 001 §5.1: the members elected their head; the director's order (001 §6.2) confirms it. */
	public Association electHead(SchoolUser actor, AssociationId id, Integer shownVersion, StaffId head,
			OrderReference order) {
		Association association = own(actor, id, shownVersion);
		access.requireManager(actor, association);
		association.electHead(head, order, today(actor));
		return associations.save(association);
	}

	/** 004: the deputy appoints the head; the director's order (001 §6.2) confirms it. */
	public Association appointHead(SchoolUser actor, AssociationId id, Integer shownVersion, StaffId head,
			OrderReference order) {
		Association association = own(actor, id, shownVersion);
		access.requireManager(actor, association);
		association.appointHead(head, order, today(actor));
		return associations.save(association);
	}

	public Association chooseSecretary(SchoolUser actor, AssociationId id, Integer shownVersion, StaffId secretary) {
		Association association = own(actor, id, shownVersion);
		access.requireLeader(actor, association);
		association.chooseSecretary(secretary);
		return associations.save(association);
	}

	public Association setTheme(SchoolUser actor, AssociationId id, Integer shownVersion, YearTheme theme) {
		Association association = own(actor, id, shownVersion);
		access.requireLeader(actor, association);
		association.setTheme(theme);
		return associations.save(association);
	}

	/** A member records their own topic; the head and the management record anyone's. */
	public Association recordSelfEducationTopic(SchoolUser actor, AssociationId id, StaffId member, SchoolYear year,
			String topic) {
		Association association = own(actor, id, null);
		if (!actor.staffId().equals(member)) {
			access.requireLeader(actor, association);
		}
		else if (!access.leads(actor, association) && !association.isMember(member)) {
			throw new org.springframework.security.access.AccessDeniedException("Members record their own topic");
		}
		association.recordSelfEducationTopic(member, year, topic);
		return associations.save(association);
	}

	/** 001 §5.7: the deputy's (or director's) analysis of the year, with the directions given at the last session. */
	public Association completeYearEnd(SchoolUser actor, AssociationId id, Integer shownVersion, SchoolYear year,
			SessionId lastSession, String analysis, String directions) {
		Association association = own(actor, id, shownVersion);
		if (!access.analysesYear(actor, association)) {
			throw new org.springframework.security.access.AccessDeniedException(
					"001 §5.7: the deputy who analyses the associations' year");
		}
		Session session = lastSession == null ? null
				: sessions.findByIdAndSchoolId(lastSession, actor.schoolId()).orElse(null);
		// 001 §5.7: at the association's last session of the year, not any session.
		Session lastHeld = sessions.findByAssociationIdAndDateBetweenOrderByDateAscTimeAsc(id, year.start(), year.end())
				.stream().filter(Session::isHeld).reduce((first, second) -> second).orElse(null);
		if (session != null && lastHeld != null && !lastHeld.getId().equals(session.getId())) {
			throw RuleViolation.onField("session", "association.yearEnd.notLastSession");
		}
		association.completeYearEnd(year, analysis, directions, session, actor.staffId(), today(actor));
		return associations.save(association);
	}

	/** 004 papers 4, plan I.12: the head (or the management) records that the year's analysis was handed in. */
	public Association handInYearAnalysis(SchoolUser actor, AssociationId id, Integer shownVersion, SchoolYear year,
			kg.usulduk.association.YearAnalysisRecipient to, LocalDate on) {
		Association association = own(actor, id, shownVersion);
		access.requireLeader(actor, association);
		association.handInYearAnalysis(year, to, on, actor.staffId(), today(actor));
		return associations.save(association);
	}

	@Transactional(readOnly = true)
	public Association find(SchoolUser actor, AssociationId id) {
		Association association = associations.findById(id).orElseThrow(() -> new NotFound("association", id));
		try {
			access.readableSchool(actor, association.schoolId());
		}
		catch (NotFound e) {
			throw new NotFound("association", id);
		}
		return association;
	}

	/** An association of the actor's own school, at the version the actor saw: any other is not found. */
	Association own(SchoolUser actor, AssociationId id, Integer shownVersion) {
		Association association = associations.findByIdAndSchoolId(id, actor.schoolId())
				.orElseThrow(() -> new NotFound("association", id));
		Versions.expect(shownVersion, association.version(), "Association " + id);
		return association;
	}

	private void requireActiveStaff(SchoolId school, StaffId person, String field) {
		staff.requireActiveStaff(school, person, field);
	}

	private LocalDate today(SchoolUser actor) {
		return schoolTime.today(actor.schoolId());
	}
}
