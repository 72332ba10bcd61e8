package kg.usulduk.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import kg.usulduk.planning.CalendarEntryId;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The calendar's entries as pages and feeds read them: one statement with each entry's people, where the repository
 * would read the people of every entry with a statement of its own (a month of a big school: a hundred).
 */
@Component
class CalendarReads {

	private static final String ENTRIES = """
			select e.id, e.school_id, e.source, e.source_id, e.kind, e.title, e.detail, e.association_id, e.parent_id,
			  e.starts_on,
			  e.ends_on, e.time, e.place, e.state, e.sequence, e.moves, e.version,
			  array(select p.staff_id from planning.calendar_people p where p.entry_id = e.id) as people
			from planning.calendar_entries e
			where e.school_id = :school and e.starts_on <= :to and e.ends_on >= :from
			""";

	private static final String ORDER = " order by e.starts_on, e.time";

	private final JdbcClient jdbc;

	CalendarReads(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The scheduled entries of every school that start after {@code after} and on or before {@code until}, with their
	 * people: the reminder job's whole scan in one statement, whatever the years of history (an index on the day).
	 */
	List<CalendarEntry> scheduledStarting(LocalDate after, LocalDate until) {
		return jdbc.sql("""
				select e.id, e.school_id, e.source, e.source_id, e.kind, e.title, e.detail, e.association_id, e.parent_id,
			  e.starts_on,
				  e.ends_on, e.time, e.place, e.state, e.sequence, e.moves, e.version,
				  array(select p.staff_id from planning.calendar_people p where p.entry_id = e.id) as people
				from planning.calendar_entries e
				where e.state = 'SCHEDULED' and e.starts_on > :after and e.starts_on <= :until
				""" + ORDER).param("after", after).param("until", until).query(CalendarReads::entry).list();
	}

	/** The school's entries that overlap the days from {@code from} to {@code to}, by day and time. */
	List<CalendarEntry> overlapping(SchoolId school, LocalDate from, LocalDate to) {
		return jdbc.sql(ENTRIES + ORDER).param("school", school.value()).param("from", from).param("to", to)
				.query(CalendarReads::entry).list();
	}

	/** The same, only the entries not cancelled that concern this person. */
	List<CalendarEntry> concerning(SchoolId school, StaffId person, LocalDate from, LocalDate to) {
		return jdbc.sql(ENTRIES + """
				  and e.state <> 'CANCELLED'
				  and exists (select 1 from planning.calendar_people p where p.entry_id = e.id and p.staff_id = :person)
				""" + ORDER).param("school", school.value()).param("from", from).param("to", to)
				.param("person", person.value()).query(CalendarReads::entry).list();
	}

	private static CalendarEntry entry(ResultSet row, int number) throws SQLException {
		Set<String> moves = Arrays.stream((Object[]) row.getArray("moves").getArray()).map(String.class::cast)
				.collect(Collectors.toSet());
		Set<Invitee> people = Arrays.stream((Object[]) row.getArray("people").getArray())
				.map(id -> new Invitee(new StaffId((UUID) id))).collect(Collectors.toSet());
		return new CalendarEntry(new CalendarEntryId(row.getObject("id", UUID.class)),
				new SchoolId(row.getObject("school_id", UUID.class)), EntrySource.valueOf(row.getString("source")),
				row.getObject("source_id", UUID.class), row.getString("kind"), row.getString("title"),
				row.getString("detail"), row.getObject("association_id", UUID.class),
				row.getObject("parent_id", UUID.class),
				row.getObject("starts_on", LocalDate.class), row.getObject("ends_on", LocalDate.class),
				row.getObject("time", LocalTime.class), row.getString("place"),
				CalendarEntry.State.valueOf(row.getString("state")), row.getInt("sequence"), moves, people,
				row.getInt("version"));
	}
}
