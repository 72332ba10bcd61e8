package kg.usulduk.school.internal.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kg.usulduk.school.ComplianceLine;
import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolTime;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.internal.ComplianceReading;
import kg.usulduk.school.internal.SchoolAdministration;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The compliance page: every rule of the regulations for a school and a school year in one table, body by body, met,
 * on track, at risk or broken with the reason and a link to where it is acted on, with charts of the counted rules and
 * of the plans' execution. A district observer sees a row per school of the district too, and any of them in full.
 */
@Controller
class ComplianceController {

	private final SchoolAdministration administration;
	private final ComplianceReading compliance;
	private final SchoolTime schoolTime;

	ComplianceController(SchoolAdministration administration, ComplianceReading compliance, SchoolTime schoolTime) {
		this.administration = administration;
		this.compliance = compliance;
		this.schoolTime = schoolTime;
	}

	/** One body's lines: the council, or an association with its plan. */
	record Body(ComplianceLine.Scope scope, String name, List<ComplianceLine> lines) {
	}

	@GetMapping("/compliance")
	String page(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) SchoolId school,
			@RequestParam(required = false) Integer year, Model model) {
		SchoolProfile shown = administration.profile(me, school == null ? me.schoolId() : school);
		LocalDate today = schoolTime.today(shown);
		SchoolYear now = SchoolYear.of(today);
		SchoolYear schoolYear = year == null || year < 2000 || year > 2200 ? now : new SchoolYear(year);
		// The observer's district is judged in the same statements as the school shown.
		List<SchoolProfile> district = me.hasRole(Role.DISTRICT_OBSERVER) ? administration.readableProfiles(me)
				: List.of();
		List<SchoolProfile> judged = new ArrayList<>(district);
		if (judged.stream().noneMatch(profile -> profile.id().equals(shown.id()))) {
			judged.add(shown);
		}
		List<ComplianceLine> all = compliance.lines(judged, schoolYear, today);
		List<ComplianceLine> lines = all.stream().filter(line -> line.school().equals(shown.id())).toList();
		model.addAttribute("school", shown);
		model.addAttribute("year", schoolYear);
		model.addAttribute("years", List.of(now.next(), now, now.previous(), now.previous().previous()));
		model.addAttribute("bodies", bodies(lines));
		model.addAttribute("tally", compliance.tallies(List.of(shown), lines).get(0));
		model.addAttribute("district", district.size() > 1 ? compliance.tallies(district, all) : List.of());
		model.addAttribute("charts", compliance.charts(shown, schoolYear, today, lines));
		return "school/compliance";
	}

	/** The lines grouped by body in their order. */
	static List<Body> bodies(List<ComplianceLine> lines) {
		Map<String, List<ComplianceLine>> byBody = new LinkedHashMap<>();
		lines.forEach(line -> byBody.computeIfAbsent(line.scopeId(), id -> new ArrayList<>()).add(line));
		return byBody.values().stream()
				.map(body -> new Body(body.get(0).scope() == ComplianceLine.Scope.PLAN ? ComplianceLine.Scope.ASSOCIATION
						: body.get(0).scope(), body.get(0).scopeName(), body))
				.toList();
	}
}
