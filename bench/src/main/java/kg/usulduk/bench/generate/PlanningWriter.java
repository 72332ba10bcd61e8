package kg.usulduk.bench.generate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import kg.usulduk.bench.generate.SchoolData.ActivityFact;
import kg.usulduk.bench.generate.SchoolData.AssociationFact;
import kg.usulduk.bench.generate.SchoolData.Person;
import kg.usulduk.bench.generate.SchoolData.SessionFact;
import kg.usulduk.bench.generate.SchoolData.SessionPlanFact;

/**
 * The planning context: the calendar entries the other contexts' sessions and activities made, with their people;
 * an inbox notice per person for each association session; the deputy's iCalendar feed; each person's notification
 * choice; the school's theme a year; the associations' annual work plans with items and approval steps (every third
 * plan changed once, so it has a replaced version); the council's approved plan of sessions.
 */
final class PlanningWriter implements ContextWriter {

	private static final String[] SECTIONS = { "ORGANISATION", "LEGAL_LITERACY", "TEACHING_CONTROL", "METHODOLOGY" };
	static final int PLAN_ITEMS = 12;

	@Override
	public void write(SchoolData school, Copy copy) {
		calendar(school, copy);
		people(school, copy);
		plans(school, copy);
		var plans = copy.into("planning.council_session_plans", "council_id, school_id, school_year, approved_on, "
				+ "session_id, protocol_id, decision");
		for (SessionPlanFact plan : school.sessionPlans) {
			plans.row(plan.council(), school.id, plan.year(), plan.approvedOn(), plan.session(), plan.protocol(),
					"Кеңештин жыйындарынын планы бекитилсин");
		}
	}

	private void calendar(SchoolData school, Copy copy) {
		var entries = copy.into("planning.calendar_entries", "id, school_id, source, source_id, kind, title, detail, "
				+ "association_id, starts_on, ends_on, time, place, state, sequence, version");
		var people = copy.into("planning.calendar_people", "entry_id, staff_id");
		var deliveries = copy.into("planning.deliveries", "id, school_id, staff_id, channel, notice_key, entry_id, "
				+ "notice, subject, body, email, language, created_at, read_at, attempts");
		for (SessionFact session : school.sessions) {
			UUID entry = school.uuid();
			entries.row(entry, school.id, "ASSOCIATION_SESSION", session.id(), "SESSION", session.title(), null,
					session.body(), session.date(), session.date(), session.time(), "каб. 21",
					session.held() ? "HELD" : "SCHEDULED", 0, session.held() ? 1 : 0);
			Instant noticed = session.date().minusDays(20).atTime(8, 0).toInstant(ZoneOffset.ofHours(6));
			for (Person person : session.people()) {
				people.row(entry, person.id());
				deliveries.row(school.uuid(), school.id, person.id(), "INBOX",
						"SCHEDULED:ASSOCIATION_SESSION:" + session.id() + ":0:" + person.id(), entry, "SCHEDULED",
						"Жыйын: " + session.title(), session.date() + " 14:00, каб. 21", null, "KY", noticed,
						session.held() ? noticed.plusSeconds(86_400) : null, 0);
			}
		}
		for (ActivityFact activity : school.activities) {
			UUID entry = school.uuid();
			entries.row(entry, school.id, "ASSOCIATION_ACTIVITY", activity.id(), activity.kind(), activity.title(), null,
					activity.association(), activity.date(), activity.until(), java.time.LocalTime.of(10, 0), null,
					activity.held() ? "HELD" : "SCHEDULED", 0, activity.held() ? 1 : 0);
			for (Person person : activity.people()) {
				people.row(entry, person.id());
			}
		}
		for (SessionFact session : school.councilSessions) {
			UUID entry = school.uuid();
			entries.row(entry, school.id, "COUNCIL_SESSION", session.id(), "COUNCIL_SESSION", session.title(), null,
					null, session.date(), session.date(), session.time(), "мугалимдер бөлмөсү",
					session.held() ? "HELD" : "SCHEDULED", 0, session.held() ? 1 : 0);
			for (Person person : session.people()) {
				people.row(entry, person.id());
			}
		}
	}

	private void people(SchoolData school, Copy copy) {
		var settings = copy.into("planning.notification_settings", "staff_id, school_id, by_email, version");
		for (Person person : school.staff) {
			settings.row(person.id(), school.id, false, 0);
		}
		byte[] secret = new byte[32];
		school.random.nextBytes(secret);
		school.feedToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		copy.into("planning.calendar_feeds", "staff_id, school_id, token, issued_at, version")
			.row(school.deputy().id(), school.id, school.feedToken,
					school.world.today().minusDays(30).atStartOfDay().toInstant(ZoneOffset.UTC), 0);
	}

	private void plans(SchoolData school, Copy copy) {
		World world = school.world;
		var themes = copy.into("planning.school_themes", "school_id, school_year, theme, goal, priorities, tasks, "
				+ "set_by, version");
		var plans = copy.into("planning.work_plans", "id, school_id, association_id, school_year, number, status, "
				+ "previous_id, version");
		var items = copy.into("planning.work_plan_items", "plan_id, position, ref, section, what, responsible, "
				+ "when_day, when_month, when_quarter, status, note");
		var steps = copy.into("planning.work_plan_steps", "plan_id, position, act, by_staff, at, comment");
		for (int y = world.firstYear().startYear(); y <= world.currentYear().startYear(); y++) {
			themes.row(school.id, y, "Мектептин методикалык темасы " + y, "Максат", null, null, school.deputy().id(), 0);
			for (AssociationFact association : school.associations) {
				boolean changed = school.random.nextInt(3) == 0;
				List<UUID> refs = new java.util.ArrayList<>();
				for (int i = 0; i < PLAN_ITEMS; i++) {
					refs.add(school.uuid());
				}
				UUID first = school.uuid();
				plans.row(first, school.id, association.id(), y, 1, changed ? "REPLACED" : "APPROVED", null, 3);
				plan(school, association, y, first, refs, items, steps);
				if (changed) {
					UUID second = school.uuid();
					plans.row(second, school.id, association.id(), y, 2, "APPROVED", first, 3);
					plan(school, association, y, second, refs, items, steps);
				}
			}
		}
	}

	private void plan(SchoolData school, AssociationFact association, int year, UUID plan, List<UUID> refs,
			Copy.Table items, Copy.Table steps) {
		LocalDate today = school.world.today();
		for (int i = 0; i < PLAN_ITEMS; i++) {
			int month = 9 + i % 9;
			LocalDate when = LocalDate.of(month > 12 ? year + 1 : year, month > 12 ? month - 12 : month, 1);
			Person responsible = association.members().get(i % association.members().size());
			items.row(plan, i, refs.get(i), SECTIONS[i % SECTIONS.length], "Пландын иш-чарасы " + (i + 1),
					responsible.id(), null, when, null, when.isBefore(today) ? "DONE" : "PLANNED", null);
		}
		Instant agreed = LocalDate.of(year, 8, 28).atTime(9, 0).toInstant(ZoneOffset.ofHours(6));
		steps.row(plan, 0, "AGREED", school.deputy().id(), agreed, null);
		steps.row(plan, 1, "APPROVED", school.director().id(), agreed.plusSeconds(3600), null);
	}
}
