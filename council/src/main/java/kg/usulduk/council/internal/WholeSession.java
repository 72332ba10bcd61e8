package kg.usulduk.council.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import kg.usulduk.council.CouncilId;
import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;
import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.meetings.Attendee;
import kg.usulduk.school.meetings.MeetingStatus;
import kg.usulduk.school.meetings.Move;

import org.springframework.jdbc.core.RowMapper;

/**
 * A council session read whole in one statement, its agenda, attendance and moves as arrays in its row: a page reads
 * the session it shows this way, where Spring Data JDBC would read each collection with a statement of its own.
 */
class WholeSession implements RowMapper<CouncilSession> {

	static final String SELECT = """
			SELECT s.id, s.school_id, s.council_id, s.date, s.time, s.place, s.year_end, s.status, s.cancel_reason,
			  s.version,
			  array(SELECT a.title FROM council.agenda_items a WHERE a.session_id = s.id ORDER BY a.position) AS agenda_titles,
			  array(SELECT a.speaker FROM council.agenda_items a WHERE a.session_id = s.id ORDER BY a.position) AS agenda_speakers,
			  array(SELECT p.staff_id FROM council.attendance p WHERE p.session_id = s.id ORDER BY p.staff_id) AS attendee_ids,
			  array(SELECT p.present FROM council.attendance p WHERE p.session_id = s.id ORDER BY p.staff_id) AS attendee_present,
			  array(SELECT p.absence_reason FROM council.attendance p WHERE p.session_id = s.id ORDER BY p.staff_id) AS attendee_reasons,
			  array(SELECT m.from_date FROM council.session_moves m WHERE m.session_id = s.id ORDER BY m.position) AS move_from_dates,
			  array(SELECT m.from_time FROM council.session_moves m WHERE m.session_id = s.id ORDER BY m.position) AS move_from_times,
			  array(SELECT m.to_date FROM council.session_moves m WHERE m.session_id = s.id ORDER BY m.position) AS move_to_dates,
			  array(SELECT m.to_time FROM council.session_moves m WHERE m.session_id = s.id ORDER BY m.position) AS move_to_times,
			  array(SELECT m.reason FROM council.session_moves m WHERE m.session_id = s.id ORDER BY m.position) AS move_reasons,
			  array(SELECT m.moved_on FROM council.session_moves m WHERE m.session_id = s.id ORDER BY m.position) AS move_days
			FROM council.sessions s
			""";

	@Override
	public CouncilSession mapRow(ResultSet row, int number) throws SQLException {
		Object[] titles = values(row, "agenda_titles");
		Object[] speakers = values(row, "agenda_speakers");
		List<SessionRows.AgendaRow> agenda = new ArrayList<>();
		for (int i = 0; i < titles.length; i++) {
			agenda.add(new SessionRows.AgendaRow(new AgendaItem((String) titles[i], staff(speakers[i]))));
		}
		Object[] ids = values(row, "attendee_ids");
		Object[] present = values(row, "attendee_present");
		Object[] reasons = values(row, "attendee_reasons");
		Set<SessionRows.AttendeeRow> attendance = new HashSet<>();
		for (int i = 0; i < ids.length; i++) {
			attendance.add(new SessionRows.AttendeeRow(
					new Attendee(staff(ids[i]), (Boolean) present[i], (String) reasons[i])));
		}
		Object[] fromDates = values(row, "move_from_dates");
		Object[] fromTimes = values(row, "move_from_times");
		Object[] toDates = values(row, "move_to_dates");
		Object[] toTimes = values(row, "move_to_times");
		Object[] moveReasons = values(row, "move_reasons");
		Object[] days = values(row, "move_days");
		List<SessionRows.MoveRow> moves = new ArrayList<>();
		for (int i = 0; i < fromDates.length; i++) {
			moves.add(new SessionRows.MoveRow(new Move(date(fromDates[i]), time(fromTimes[i]), date(toDates[i]),
					time(toTimes[i]), (String) moveReasons[i], date(days[i]))));
		}
		return new CouncilSession(new CouncilSessionId(row.getObject("id", UUID.class)),
				new SchoolId(row.getObject("school_id", UUID.class)), new CouncilId(row.getObject("council_id", UUID.class)),
				row.getObject("date", LocalDate.class), row.getObject("time", LocalTime.class), row.getString("place"),
				row.getBoolean("year_end"), agenda, attendance, moves, MeetingStatus.valueOf(row.getString("status")),
				row.getString("cancel_reason"), row.getInt("version"));
	}

	private static Object[] values(ResultSet row, String column) throws SQLException {
		Array array = row.getArray(column);
		return (Object[]) array.getArray();
	}

	private static StaffId staff(Object id) {
		return id == null ? null : new StaffId((UUID) id);
	}

	/** The driver gives a date array's elements as {@link java.sql.Date}. */
	private static LocalDate date(Object value) {
		return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
	}

	private static LocalTime time(Object value) {
		return value instanceof java.sql.Time time ? time.toLocalTime() : (LocalTime) value;
	}
}
