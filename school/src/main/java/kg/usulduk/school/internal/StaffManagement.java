package kg.usulduk.school.internal;

import java.time.LocalDate;

import kg.usulduk.school.Versions;
import kg.usulduk.school.NotFound;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.SchoolTime;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Keeping the staff directory: people join, their records change, they leave. */
@Service
@Transactional
public class StaffManagement {

	private final StaffMembers staff;
	private final Access access;
	private final Accounts accounts;
	private final SessionEnding sessions;
	private final SchoolTime schoolTime;

	StaffManagement(StaffMembers staff, Access access, Accounts accounts, SessionEnding sessions, SchoolTime schoolTime) {
		this.accounts = accounts;
		this.sessions = sessions;
		this.staff = staff;
		this.access = access;
		this.schoolTime = schoolTime;
	}

	public StaffMember join(SchoolUser actor, StaffProfile profile) {
		access.requireStaffKeeper(actor);
		requireFreeEmail(actor.schoolId(), profile.email(), null);
		return staff.save(StaffMember.join(actor.schoolId(), profile, today(actor)));
	}

	public StaffMember update(SchoolUser actor, StaffId id, Integer shownVersion, StaffProfile profile) {
		access.requireStaffKeeper(actor);
		StaffMember member = ownStaff(actor, id);
		Versions.expect(shownVersion, member.version(), "staff member");
		requireFreeEmail(actor.schoolId(), profile.email(), id);
		member.updateProfile(profile, today(actor));
		return staff.save(member);
	}

	public StaffMember leave(SchoolUser actor, StaffId id, Integer shownVersion, LocalDate on) {
		access.requireStaffKeeper(actor);
		StaffMember member = ownStaff(actor, id);
		Versions.expect(shownVersion, member.version(), "staff member");
		member.leave(on == null ? today(actor) : on);
		// Someone who left no longer signs in (AccountSignIn); whoever is still signed in as them is signed out.
		accounts.findByStaffId(id).ifPresent(account -> sessions.endSessionsOf(account.username()));
		return staff.save(member);
	}

	public StaffMember returnToSchool(SchoolUser actor, StaffId id, Integer shownVersion) {
		access.requireStaffKeeper(actor);
		StaffMember member = ownStaff(actor, id);
		Versions.expect(shownVersion, member.version(), "staff member");
		member.returnToSchool();
		return staff.save(member);
	}

	@Transactional(readOnly = true)
	public StaffMember find(SchoolUser actor, SchoolId school, StaffId id) {
		access.readableSchool(actor, school);
		return staff.findByIdAndSchoolId(id, school).orElseThrow(() -> new NotFound("staff member", id));
	}

	private StaffMember ownStaff(SchoolUser actor, StaffId id) {
		return staff.findByIdAndSchoolId(id, actor.schoolId()).orElseThrow(() -> new NotFound("staff member", id));
	}

	private void requireFreeEmail(SchoolId school, String email, StaffId except) {
		// 00000000-... never exists: a new person has no id to except yet.
		StaffId exclude = except == null ? new StaffId(new java.util.UUID(0, 0)) : except;
		if (staff.emailTaken(school, email, exclude)) {
			throw RuleViolation.onField("email", "school.staff.email.taken");
		}
	}

	private LocalDate today(SchoolUser actor) {
		return schoolTime.today(actor.schoolId());
	}
}
