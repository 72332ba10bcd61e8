package kg.usulduk.planning.internal.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import kg.usulduk.association.AssociationCard;
import kg.usulduk.association.AssociationDirectory;
import kg.usulduk.planning.internal.CalendarEntry;
import kg.usulduk.planning.internal.CouncilSessionPlans;
import kg.usulduk.planning.internal.PersonalCalendar;
import kg.usulduk.school.NavigationItem;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolTime;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The school calendar by month or week, the person's upcoming entries, and their iCalendar feed. */
@Controller
@RequestMapping("/calendar")
class CalendarController {

	private final PersonalCalendar calendar;
	private final AssociationDirectory associations;
	private final CouncilSessionPlans councilPlans;
	private final SchoolTime schoolTime;

	CalendarController(PersonalCalendar calendar, AssociationDirectory associations, CouncilSessionPlans councilPlans,
			SchoolTime schoolTime) {
		this.calendar = calendar;
		this.associations = associations;
		this.councilPlans = councilPlans;
		this.schoolTime = schoolTime;
	}

	/** One day of the view, with its entries named in the reader's language. */
	record Day(LocalDate date, List<Line> lines) {
	}

	record Line(CalendarEntry entry, String summary) {
	}

	@GetMapping
	String show(@AuthenticationPrincipal SchoolUser me, @RequestParam(required = false) SchoolId school,
			@RequestParam(required = false) @DateTimeFormat(pattern = "yyyy-MM") YearMonth month,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate week,
			@RequestParam(required = false) UUID association, Locale locale, Model model) {
		SchoolProfile shown = calendar.readableSchool(me, school == null ? me.schoolId() : school);
		LocalDate today = schoolTime.today(shown);
		List<Day> days = new ArrayList<>();
		if (week != null) {
			LocalDate monday = week.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			List<CalendarEntry> entries = calendar.between(me, shown.id(), monday, monday.plusDays(6), association);
			for (int i = 0; i < 7; i++) {
				days.add(day(monday.plusDays(i), entries, locale, true));
			}
			model.addAttribute("monday", monday);
		}
		else {
			YearMonth shownMonth = month == null ? YearMonth.from(today) : month;
			// The grid's weeks run from the Monday before the 1st to the Sunday after the last day.
			List<CalendarEntry> entries = calendar.between(me, shown.id(),
					shownMonth.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)),
					shownMonth.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY)), association);
			model.addAttribute("grid", MonthGrid.of(shownMonth, entries.stream()
					.map(e -> new Line(e, calendar.summary(e, locale))).toList()));
			for (LocalDate d = shownMonth.atDay(1); !d.isAfter(shownMonth.atEndOfMonth()); d = d.plusDays(1)) {
				Day day = day(d, entries, locale, false);
				if (!day.lines().isEmpty()) {
					days.add(day);
				}
			}
			model.addAttribute("month", shownMonth);
		}
		model.addAttribute("school", shown);
		model.addAttribute("schoolYear", kg.usulduk.school.SchoolYear.of(today));
		model.addAttribute("councilPlan", councilPlans.of(shown.id(), kg.usulduk.school.SchoolYear.of(today)).orElse(null));
		model.addAttribute("days", days);
		model.addAttribute("today", today);
		model.addAttribute("association", association);
		model.addAttribute("associations", associations.openAssociations(shown.id()).stream()
				.sorted(java.util.Comparator.comparing(AssociationCard::name)).toList());
		model.addAttribute("upcoming", calendar.upcoming(me, 30).stream()
				.map(e -> new Line(e, calendar.summary(e, locale))).toList());
		return "planning/calendar";
	}

	private Day day(LocalDate date, List<CalendarEntry> entries, Locale locale, boolean always) {
		List<Line> lines = entries.stream().filter(e -> !date.isBefore(e.startsOn()) && !date.isAfter(e.endsOn()))
				.map(e -> new Line(e, calendar.summary(e, locale))).toList();
		return new Day(date, lines);
	}

	@GetMapping("/feed")
	String feed(@AuthenticationPrincipal SchoolUser me, Model model) {
		// A GET never writes: the link exists only once the person asked for it (POST below).
		calendar.existingFeed(me).ifPresent(feed -> model.addAttribute("feedUrl", ServletUriComponentsBuilder
				.fromCurrentContextPath().path("/calendar/feed/{token}.ics").buildAndExpand(feed.token()).toUriString()));
		model.addAttribute("mayIssue", !me.isReadOnly());
		return "planning/feed";
	}

	@PostMapping("/feed")
	String issue(@AuthenticationPrincipal SchoolUser me) {
		calendar.feedOf(me);
		return "redirect:/calendar/feed";
	}

	@PostMapping("/feed/revoke")
	String revoke(@AuthenticationPrincipal SchoolUser me, RedirectAttributes redirect) {
		calendar.revokeFeed(me);
		redirect.addFlashAttribute("saved", "planning.feed.revoked");
		return "redirect:/calendar/feed";
	}

	/** Read by calendar apps, without signing in: the secret in the link is the key. */
	@GetMapping(value = "/feed/{token}.ics")
	ResponseEntity<String> ics(@PathVariable String token) {
		return calendar.feed(token)
				.map(text -> ResponseEntity.ok().contentType(new MediaType("text", "calendar", java.nio.charset.StandardCharsets.UTF_8))
						.body(text))
				.orElseGet(() -> ResponseEntity.notFound().build());
	}

	@Configuration(proxyBeanMethods = false)
	static class Navigation {

		@Bean
		NavigationItem calendarNavigation() {
			return new NavigationItem("nav.calendar", "/calendar", 10, Set.of());
		}
	}
}
