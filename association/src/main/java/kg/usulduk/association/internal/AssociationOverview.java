package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.AssociationKind;
import kg.usulduk.association.internal.Compliance.YearFacts;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolProfile;
import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.SchoolTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the list of associations and of each association's compliance: one query per page, counting
 * sessions and activities in the database rather than loading every aggregate.
 */
@Component
@Transactional(readOnly = true)
public class AssociationOverview {

	private final JdbcClient jdbc;
	private final SchoolTime schoolTime;

	AssociationOverview(JdbcClient jdbc, SchoolTime schoolTime) {
		this.jdbc = jdbc;
		this.schoolTime = schoolTime;
	}

	/** A line of the list: the association, its head, how many members, and its compliance for the year. */
	public record Row(AssociationId id, String name, AssociationKind kind, boolean open, StaffId head, int members,
			Compliance compliance) {
	}

	// Package-private: the compliance page judges every association of many schools with the same counts.
	static final String FACTS = """
			(select count(*) from association.sessions s where s.association_id = a.id and s.status = 'HELD'
			    and s.date between :from and :to and exists (select 1 from association.protocols p
			        where p.session_id = s.id and p.status = 'SIGNED')) as held_sessions,
			(select count(*) from association.sessions s where s.association_id = a.id and s.status = 'HELD'
			    and s.date between :from and :to and not exists (select 1 from association.protocols p
			        where p.session_id = s.id and p.status = 'SIGNED')) as unsigned_sessions,
			(select count(*) from association.sessions s where s.association_id = a.id and s.status = 'SCHEDULED'
			    and s.date between greatest(:today, :from) and :to) as scheduled_sessions,
			(select count(*) from association.activities x where x.association_id = a.id and x.kind = 'PRACTICAL_SEMINAR'
			    and x.status = 'HELD' and x.date between :from and :to and exists (select 1 from association.activities t
			        where t.seminar_id = x.id and t.status = 'HELD')) as held_seminars,
			(select count(*) from association.activities x where x.association_id = a.id and x.kind = 'PRACTICAL_SEMINAR'
			    and x.date between :from and :to and ((x.status = 'SCHEDULED' and x.date >= :today)
			      or (x.status = 'HELD' and not exists (select 1 from association.activities t
			            where t.seminar_id = x.id and t.status = 'HELD')
			          and exists (select 1 from association.activities t where t.seminar_id = x.id
			            and t.status = 'SCHEDULED' and t.date between :today and :to)))) as scheduled_seminars,
			(select count(*) from association.activities t join association.activities x on x.id = t.seminar_id
			    where x.association_id = a.id and x.status = 'HELD' and t.status = 'HELD'
			    and x.date between :from and :to) as held_open_lessons,
			(select count(*) from association.activities x where x.association_id = a.id and x.kind = 'PRACTICAL_SEMINAR'
			    and x.status = 'HELD' and x.date between :from and :to
			    and not exists (select 1 from association.activities t where t.seminar_id = x.id and (t.status = 'HELD'
			        or (t.status = 'SCHEDULED' and t.date between :today and :to)))) as seminars_without_programme,
			exists (select 1 from association.year_ends y where y.association_id = a.id
			    and y.school_year = :year) as year_end_done
			""";

	/** The school's associations, open first, by name, each judged for the school year. */
	public List<Row> list(SchoolProfile school, SchoolYear year) {
		LocalDate today = schoolTime.today(school);
		return jdbc.sql("""
				select a.id, a.name, a.kind, a.status,
				  (select h.staff_id from association.head_terms h where h.association_id = a.id and h.until is null) as head,
				  (select count(*) from association.memberships m where m.association_id = a.id and m.left_on is null) as members,
				""" + FACTS + """
				from association.associations a
				where a.school_id = :school
				order by a.status desc, a.name
				""")
				.param("school", school.id().value())
				.param("from", year.start()).param("to", year.end()).param("today", today)
				.param("year", year.startYear())
				.query((rs, n) -> new Row(new AssociationId(rs.getObject("id", UUID.class)), rs.getString("name"),
						AssociationKind.valueOf(rs.getString("kind")), "OPEN".equals(rs.getString("status")),
						rs.getObject("head", UUID.class) == null ? null : new StaffId(rs.getObject("head", UUID.class)),
						rs.getInt("members"),
						Compliance.of(facts(rs, year), school.settings().minimumAssociationSessions(), today,
								AssociationKind.valueOf(rs.getString("kind")))))
				.list();
	}

	/** One association's compliance for a school year. */
	public Compliance compliance(AssociationId association, SchoolProfile school, SchoolYear year) {
		LocalDate today = schoolTime.today(school);
		record Judged(YearFacts facts, AssociationKind kind) {
		}
		Judged judged = jdbc.sql("select a.kind, " + FACTS + " from association.associations a where a.id = :id")
				.param("id", association.value())
				.param("from", year.start()).param("to", year.end()).param("today", today)
				.param("year", year.startYear())
				.query((rs, n) -> new Judged(facts(rs, year), AssociationKind.valueOf(rs.getString("kind")))).single();
		return Compliance.of(judged.facts(), school.settings().minimumAssociationSessions(), today, judged.kind());
	}

	/** The school's associations' names by id, for schedules and headings. */
	public List<Row> names(SchoolId school) {
		return jdbc.sql("select id, name, kind, status from association.associations where school_id = :school order by name")
				.param("school", school.value())
				.query((rs, n) -> new Row(new AssociationId(rs.getObject("id", UUID.class)), rs.getString("name"),
						AssociationKind.valueOf(rs.getString("kind")), "OPEN".equals(rs.getString("status")), null, 0,
						null))
				.list();
	}

	static YearFacts facts(java.sql.ResultSet rs, SchoolYear year) throws java.sql.SQLException {
		return new YearFacts(year, rs.getInt("held_sessions"), rs.getInt("unsigned_sessions"),
				rs.getInt("scheduled_sessions"),
				rs.getInt("held_seminars"), rs.getInt("scheduled_seminars"), rs.getInt("held_open_lessons"),
				rs.getBoolean("year_end_done"), rs.getInt("seminars_without_programme"));
	}
}
