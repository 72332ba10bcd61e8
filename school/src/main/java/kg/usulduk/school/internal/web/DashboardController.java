package kg.usulduk.school.internal.web;

import java.time.LocalDate;
import java.util.List;

import kg.usulduk.school.DashboardPanel;
import kg.usulduk.school.SchoolDirectory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.ToDo;
import kg.usulduk.school.ToDoSource;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.internal.SchoolAdministration;
import kg.usulduk.school.SchoolTime;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The start page: the school at a glance. Later contexts add their own panels. */
@Controller
class DashboardController {

	private final SchoolAdministration administration;
	private final SchoolDirectory schools;
	private final StaffDirectory staff;
	private final List<DashboardPanel> panels;
	private final List<ToDoSource> toDoSources;
	private final kg.usulduk.school.internal.ComplianceReading compliance;
	private final SchoolTime schoolTime;

	DashboardController(SchoolAdministration administration, SchoolDirectory schools, StaffDirectory staff,
			List<DashboardPanel> panels, List<ToDoSource> toDoSources,
			kg.usulduk.school.internal.ComplianceReading compliance, SchoolTime schoolTime) {
		this.compliance = compliance;
		this.toDoSources = toDoSources;
		this.administration = administration;
		this.schools = schools;
		this.staff = staff;
		this.panels = panels.stream().sorted(java.util.Comparator.comparingInt(DashboardPanel::order)).toList();
		this.schoolTime = schoolTime;
	}

	/** A panel as the page draws it: its fragment and what it shows. */
	record Panel(String fragment, java.util.Map<String, Object> data) {
	}

	@GetMapping("/")
	String dashboard(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) SchoolId school,
			Model model) {
		if (me == null) {
			// Signed in, but not as a school's person: the deployment's administrator, whose page is the districts.
			return "redirect:/districts";
		}
		SchoolProfile shown = administration.profile(me, school == null ? me.schoolId() : school);
		LocalDate today = schoolTime.today(shown);
		List<StaffCard> people = staff.activeStaff(shown.id());
		long young = people.stream().filter(person -> person.teachingSince() != null)
				.filter(person -> shown.settings().isYoungTeacher(person.yearsOfExperience(today))).count();
		model.addAttribute("school", shown);
		model.addAttribute("districtName", shown.district());
		List<SchoolProfile> readable = administration.readableProfiles(me);
		model.addAttribute("schools", readable);
		// The observer's row per school of the district: its standing against the regulations this year.
		model.addAttribute("standings", readable.size() > 1
				? compliance.tallies(readable, compliance.lines(readable, SchoolYear.of(today), today)) : List.of());
		model.addAttribute("today", today);
		model.addAttribute("year", SchoolYear.of(today));
		model.addAttribute("quarter", schools.quarterOf(shown.id(), today).orElse(null));
		model.addAttribute("staffCount", people.size());
		model.addAttribute("youngTeachers", young);
		// What waits for the person, from every context, the earliest first (undated last): only in their own school.
		model.addAttribute("toDos", shown.id().equals(me.schoolId()) ? toDoSources.stream()
				.flatMap(source -> source.waitingFor(me, shown, today).stream())
				.sorted(java.util.Comparator.comparing(ToDo::day, java.util.Comparator.nullsLast(
						java.util.Comparator.naturalOrder())))
				.toList() : List.of());
		// Other contexts' panels speak of the person's own school only.
		model.addAttribute("panels", shown.id().equals(me.schoolId()) ? panels.stream()
				.map(panel -> new Panel(panel.fragment(), panel.data(me))).filter(panel -> !panel.data().isEmpty())
				.toList() : List.of());
		return "dashboard";
	}
}
