package kg.usulduk.mentorship.internal;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.usulduk.school.DashboardPanel;
import kg.usulduk.school.SchoolTime;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;

import org.springframework.stereotype.Component;

/**
 * "My mentorship" on the start page of a mentor and of a young teacher (issue 14): the other of the pair, where it
 * stands, the hours held so far, a link to the pair's page. Left out for everyone else. No statement of its own: the
 * pairs come with the mentorship's to-dos ({@link MentorshipToDos#rows}), the names from the school's staff, which
 * the start page reads already, once per page.
 */
@Component
class MyMentorshipPanel implements DashboardPanel {

	private final MentorshipToDos todos;
	private final kg.usulduk.school.SchoolDirectory schools;
	private final StaffDirectory staff;
	private final SchoolTime schoolTime;

	MyMentorshipPanel(MentorshipToDos todos, kg.usulduk.school.SchoolDirectory schools, StaffDirectory staff,
			SchoolTime schoolTime) {
		this.todos = todos;
		this.schools = schools;
		this.staff = staff;
		this.schoolTime = schoolTime;
	}

	/** One pair as the person sees it. */
	record Line(String id, boolean asMentor, String other, Mentorship.Status status, int minutesHeld) {

		/** Hours held, as the page prints them (1.5). */
		public String hours() {
			return java.math.BigDecimal.valueOf(minutesHeld).divide(java.math.BigDecimal.valueOf(60), 1,
					java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
		}
	}

	@Override
	public int order() {
		return 20;
	}

	@Override
	public String fragment() {
		return "mentorship/panel :: mine";
	}

	@Override
	public Map<String, Object> data(SchoolUser user) {
		if (user.staffId() == null) {
			return Map.of();
		}
		kg.usulduk.school.SchoolProfile school = schools.find(user.schoolId()).orElse(null);
		if (school == null) {
			return Map.of();
		}
		java.time.LocalDate today = schoolTime.today(school);
		List<MentorshipToDos.Row> mine = todos.rows(user, school, today).stream()
				.filter(row -> "MINE".equals(row.what())).toList();
		if (mine.isEmpty()) {
			return Map.of();
		}
		Map<StaffId, String> names = staff.activeStaff(user.schoolId()).stream()
				.collect(Collectors.toMap(StaffCard::id, StaffCard::fullName, (a, b) -> a));
		Function<StaffId, String> name = id -> names.getOrDefault(id, "");
		List<Line> lines = mine.stream().map(row -> {
			String[] roleAndStatus = row.extra().split(" ");
			return new Line(row.id().toString(), "MENTOR".equals(roleAndStatus[0]), name.apply(row.person()),
					Mentorship.Status.valueOf(roleAndStatus[1]), row.minutes() == null ? 0 : row.minutes());
		}).toList();
		return Map.of("lines", lines);
	}
}
