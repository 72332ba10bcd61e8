package kg.usulduk.school.internal.web;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.school.Education;
import kg.usulduk.school.Language;
import kg.usulduk.school.QualificationCategory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.internal.SchoolAdministration;
import kg.usulduk.school.internal.StaffManagement;
import kg.usulduk.school.internal.StaffProfile;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The staff directory as JSON, for scripts and integrations. Refusals answer as RFC 9457 problem details. */
@RestController
@RequestMapping("/api/staff")
class StaffApiController {

	private final StaffManagement management;
	private final SchoolAdministration administration;
	private final kg.usulduk.school.StaffDirectory directory;

	StaffApiController(StaffManagement management, SchoolAdministration administration,
			kg.usulduk.school.StaffDirectory directory) {
		this.management = management;
		this.administration = administration;
		this.directory = directory;
	}

	record NewStaff(String fullName, String position, List<String> subjects, Education education,
			QualificationCategory category, LocalDate teachingSince, String email, Language language) {
	}

	@GetMapping
	List<StaffCard> active(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) SchoolId school) {
		SchoolId shown = administration.school(me, school == null ? me.schoolId() : school).getId();
		return directory.activeStaff(shown);
	}

	@GetMapping("/{id}")
	StaffCard one(@AuthenticationPrincipal SchoolUser me, @PathVariable StaffId id) {
		return management.find(me, me.schoolId(), id).card();
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	StaffCard join(@AuthenticationPrincipal SchoolUser me, @RequestBody NewStaff body) {
		return management.join(me, new StaffProfile(body.fullName(), body.position(), body.subjects(), body.education(),
				body.category(), body.teachingSince(), body.email(), body.language())).card();
	}
}
