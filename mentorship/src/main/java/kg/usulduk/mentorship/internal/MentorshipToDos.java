package kg.usulduk.mentorship.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import kg.usulduk.school.Role;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolUser;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.ToDo;
import kg.usulduk.school.ToDoSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the school's mentorship has waiting for a person (plan IV.1): as a proposed mentor, the proposal to answer; as
 * the head who proposed a pair, or a deputy, the plans written and not yet approved; as one of a pair, their report
 * (the young teacher's) or reference (the mentor's) in the last {@value #REPORTS_DUE_DAYS} days of the term; as a deputy,
 * this year's young teachers without a mentor (001 §2.1: young by the school's setting, from the staff directory). One
 * statement of mentorship's own; a deputy's young teachers come from the staff directory, which the page reads once.
 */
@Component
class MentorshipToDos implements ToDoSource {

	/** The most lines it gives (the rows are bounded by one school's open and this year's pairs). */
	static final int AT_MOST = 20;

	/** How long before the end of the term the pair is asked for their reports. */
	static final int REPORTS_DUE_DAYS = 30;

	private static final String SELECT = """
			SELECT * FROM (
			    SELECT 'ANSWER' AS what, m.id, m.young_teacher AS person, m.proposed_on AS day, NULL AS extra,
			           NULL::integer AS minutes
			    FROM mentorship.mentorships m
			    WHERE m.school_id = :school AND m.mentor = :me AND m.status = 'PROPOSED'
			    UNION ALL
			    SELECT 'APPROVE', m.id, m.young_teacher, NULL, p.owner, NULL
			    FROM mentorship.mentorships m
			    JOIN (SELECT DISTINCT mentorship_id, owner FROM mentorship.plan_items) p ON p.mentorship_id = m.id
			    WHERE m.school_id = :school AND m.status = 'ASSIGNED' AND (m.proposed_by = :me OR :deputy)
			      AND ((p.owner = 'MENTOR' AND m.mentor_plan_approved_on IS NULL)
			        OR (p.owner = 'YOUNG_TEACHER' AND m.young_plan_approved_on IS NULL))
			    UNION ALL
			    SELECT 'REPORT', m.id, m.young_teacher, m.term_end, CASE WHEN m.mentor = :me THEN 'MENTOR' ELSE 'YOUNG' END,
			           NULL
			    FROM mentorship.mentorships m
			    WHERE m.school_id = :school AND m.status = 'ASSIGNED' AND m.term_end <= :reportsFrom
			      AND ((m.mentor = :me AND m.mentor_reference IS NULL)
			        OR (m.young_teacher = :me AND m.young_teacher_report IS NULL))
			    UNION ALL
			    SELECT 'PAIRED', m.id, m.young_teacher, NULL, NULL, NULL
			    FROM mentorship.mentorships m
			    WHERE :deputy AND m.school_id = :school AND m.school_year = :year
			      AND m.status IN ('PROPOSED', 'ACCEPTED', 'ASSIGNED', 'COMPLETED')
			    UNION ALL
			    -- "My mentorship" on the start page (MyMentorshipPanel), read in the same statement.
			    SELECT 'MINE', m.id, CASE WHEN m.mentor = :me THEN m.young_teacher ELSE m.mentor END, NULL,
			           CASE WHEN m.mentor = :me THEN 'MENTOR ' ELSE 'YOUNG ' END || m.status,
			           (SELECT coalesce(sum(g.minutes), 0)::integer FROM mentorship.meetings g
			            WHERE g.mentorship_id = m.id AND g.date <= :today)
			    FROM mentorship.mentorships m
			    WHERE m.school_id = :school AND (m.mentor = :me OR m.young_teacher = :me)
			      AND m.status IN ('PROPOSED', 'ACCEPTED', 'ASSIGNED')
			) waiting
			ORDER BY day NULLS LAST, id""";

	private final JdbcClient jdbc;
	private final StaffDirectory staff;

	MentorshipToDos(JdbcClient jdbc, StaffDirectory staff) {
		this.jdbc = jdbc;
		this.staff = staff;
	}

	/** A row of the statement: what waits, for which pair, about whom, when. */
	record Row(String what, UUID id, StaffId person, LocalDate day, String extra, Integer minutes) {
	}

	/**
	 * The person's rows, read once per page: the to-dos and "my mentorship" (MyMentorshipPanel) share one statement,
	 * so the start page keeps its budget. Within a transaction the answer is kept for the transaction's length.
	 */
	List<Row> rows(SchoolUser person, SchoolProfile school, LocalDate today) {
		Object key = List.of(MentorshipToDos.class, person.staffId(), school.id(), today);
		if (TransactionSynchronizationManager.isSynchronizationActive()
				&& TransactionSynchronizationManager.getResource(key) instanceof List<?> kept) {
			@SuppressWarnings("unchecked")
			List<Row> rows = (List<Row>) kept;
			return rows;
		}
		boolean deputy = person.hasRole(Role.DEPUTY);
		List<Row> rows = jdbc.sql(SELECT).param("school", school.id().value()).param("me", person.staffId().value())
				.param("deputy", deputy).param("reportsFrom", today.plusDays(REPORTS_DUE_DAYS))
				.param("year", SchoolYear.of(today).startYear()).param("today", today)
				.query((row, n) -> new Row(row.getString("what"), row.getObject("id", UUID.class),
						new StaffId(row.getObject("person", UUID.class)), row.getObject("day", LocalDate.class),
						row.getString("extra"), (Integer) row.getObject("minutes")))
				.list();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.bindResource(key, rows);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(key);
				}
			});
		}
		return rows;
	}

	@Override
	public List<ToDo> waitingFor(SchoolUser person, SchoolProfile school, LocalDate today) {
		if (person.isReadOnly() || person.staffId() == null || !person.hasRole(Role.TEACHER)
				&& !person.hasRole(Role.DEPUTY)) {
			return List.of();
		}
		boolean deputy = person.hasRole(Role.DEPUTY);
		List<Row> rows = rows(person, school, today);
		// Names only for a deputy, from the directory read once; the pair and the head know whom their line is about.
		Map<StaffId, StaffCard> cards = deputy
				? staff.activeStaff(school.id()).stream().collect(Collectors.toMap(StaffCard::id, Function.identity()))
				: Map.of();
		List<ToDo> todos = new ArrayList<>();
		Set<StaffId> paired = new HashSet<>();
		for (Row row : rows) {
			String link = "/mentorship/" + row.id();
			String name = cards.containsKey(row.person()) ? cards.get(row.person()).fullName() : "";
			switch (row.what()) {
				case "ANSWER" -> todos.add(ToDo.of("mentorship.todo.answer", link, row.day()));
				case "APPROVE" -> todos.add(ToDo.of("YOUNG_TEACHER".equals(row.extra())
						? "mentorship.todo.approveYoungPlan" : "mentorship.todo.approveMentorPlan", link, null, name));
				case "REPORT" -> todos.add(ToDo.of("MENTOR".equals(row.extra()) ? "mentorship.todo.reference"
						: "mentorship.todo.report", link, row.day()));
				case "PAIRED" -> paired.add(row.person());
				default -> {
					// "MINE": shown by MyMentorshipPanel, not as a to-do.
				}
			}
		}
		if (deputy) {
			// 001 §2.1: young by the school's own setting; this year's without a mentor.
			cards.values().stream()
					.filter(card -> card.teachingSince() != null
							&& school.settings().isYoungTeacher(card.yearsOfExperience(today)))
					.filter(card -> !paired.contains(card.id()))
					.sorted(java.util.Comparator.comparing(StaffCard::fullName))
					.forEach(card -> todos.add(ToDo.of("mentorship.todo.unpaired", "/mentorship", null,
							card.fullName())));
		}
		return todos.size() > AT_MOST ? List.copyOf(todos.subList(0, AT_MOST)) : List.copyOf(todos);
	}
}
