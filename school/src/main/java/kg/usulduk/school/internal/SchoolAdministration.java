package kg.usulduk.school.internal;

import java.util.List;

import kg.usulduk.school.Versions;
import kg.usulduk.school.Quarter;
import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolSettings;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The school's own record: its name, its settings, its quarters. */
@Service
@Transactional
public class SchoolAdministration {

	private final Schools schools;
	private final Districts districts;
	private final Access access;
	private final kg.usulduk.school.StaffDirectory staff;

	SchoolAdministration(Schools schools, Districts districts, Access access, kg.usulduk.school.StaffDirectory staff) {
		this.staff = staff;
		this.schools = schools;
		this.districts = districts;
		this.access = access;
	}

	@Transactional(readOnly = true)
	public School school(SchoolUser actor, SchoolId id) {
		return access.readableSchool(actor, id);
	}

	/** A school's profile if the person may read the school (their own, or their district's for an observer). */
	@Transactional(readOnly = true)
	public SchoolProfile profile(SchoolUser actor, SchoolId id) {
		SchoolProfile found = schools.findProfile(id).orElseThrow(() -> new kg.usulduk.school.NotFound("school", id));
		if (!actor.mayRead(id, found.districtId())) {
			throw new kg.usulduk.school.NotFound("school", id);
		}
		return found;
	}

	/** The profiles of the schools a person may look at, in one statement whatever the district's size. */
	@Transactional(readOnly = true)
	public List<SchoolProfile> readableProfiles(SchoolUser actor) {
		if (!actor.hasRole(kg.usulduk.school.Role.DISTRICT_OBSERVER) || actor.observedDistrict() == null) {
			return List.of(profile(actor, actor.schoolId()));
		}
		return schools.findProfilesByDistrict(actor.observedDistrict());
	}

	/** The schools a person may look at: their own, and for a district observer the district's. */
	@Transactional(readOnly = true)
	public List<School> readableSchools(SchoolUser actor) {
		School own = access.readableSchool(actor, actor.schoolId());
		if (!actor.hasRole(kg.usulduk.school.Role.DISTRICT_OBSERVER) || actor.observedDistrict() == null) {
			return List.of(own);
		}
		return schools.findByDistrict(actor.observedDistrict());
	}

	public boolean mayChangeSettings(SchoolUser actor) {
		return access.maySetSettings(actor);
	}

	/** The name of the school's district, for its header; the district itself is not the school's to change. */
	@Transactional(readOnly = true)
	public String districtName(School school) {
		return districts.findById(school.districtId()).map(District::name).orElse("");
	}

	public School describe(SchoolUser actor, Integer shownVersion, String name, String number,
			SchoolSettings settings) {
		access.requireSettingsKeeper(actor);
		School school = access.readableSchool(actor, actor.schoolId());
		Versions.expect(shownVersion, school.version(), "school");
		school.describe(name, number);
		if (!settings.equals(school.settings())) {
			school.changeSettings(settings);
		}
		return schools.save(school);
	}

	/**
	 * Gives each deputy's duty to one deputy of the school, or (null) to every deputy. A holder must be active staff
	 * of the school whose account has the deputy's role.
	 */
	public School assignDuties(SchoolUser actor, Integer shownVersion,
			java.util.Map<kg.usulduk.school.DeputyDuty, kg.usulduk.school.StaffId> assignment) {
		access.requireSettingsKeeper(actor);
		School school = access.readableSchool(actor, actor.schoolId());
		Versions.expect(shownVersion, school.version(), "school");
		assignment.forEach((duty, holder) -> {
			if (holder != null) {
				staff.requireActiveStaff(actor.schoolId(), holder, "duties[" + duty + "]");
				if (!staff.hasRole(actor.schoolId(), holder, kg.usulduk.school.Role.DEPUTY)) {
					throw RuleViolation.onField("duties[" + duty + "]", "school.duties.notADeputy");
				}
			}
		});
		school.assignDuties(assignment);
		return schools.save(school);
	}

	public School setQuarters(SchoolUser actor, Integer shownVersion, SchoolYear year, List<Quarter> quarters) {
		access.requireSettingsKeeper(actor);
		School school = access.readableSchool(actor, actor.schoolId());
		Versions.expect(shownVersion, school.version(), "school");
		school.setQuarters(year, quarters);
		return schools.save(school);
	}
}
