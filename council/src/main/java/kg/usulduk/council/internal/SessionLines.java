package kg.usulduk.council.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import kg.usulduk.council.CouncilSessionId;
import kg.usulduk.school.meetings.MeetingStatus;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;
import org.springframework.jdbc.core.RowMapper;

/**
 * A council's sessions as lines, by date and time, in one statement whatever their number: the sessions as aggregates
 * would read each one's agenda, attendance and moves with three statements more. A repository, so that a page asking
 * twice (the number of a session, whether it was the first) is answered once.
 */
interface SessionLines extends Repository<CouncilSession, CouncilSessionId> {

	@Query(value = """
			SELECT s.id, s.date, s.time, s.status, s.year_end,
			  array(SELECT a.title FROM council.agenda_items a WHERE a.session_id = s.id ORDER BY a.position) AS agenda,
			  EXISTS (SELECT 1 FROM council.protocols p WHERE p.session_id = s.id AND p.status = 'SIGNED') AS signed,
			  EXISTS (SELECT 1 FROM council.protocols p JOIN council.protocol_entries e ON e.protocol_id = p.id
			          WHERE p.session_id = s.id AND p.status = 'SIGNED' AND e.kind = 'APPROVE_SESSION_PLAN') AS approves
			FROM council.sessions s WHERE s.council_id = :council ORDER BY s.date, s.time
			""", rowMapperClass = LineMapper.class)
	List<SessionLine> findLines(UUID council);

	class LineMapper implements RowMapper<SessionLine> {

		@Override
		public SessionLine mapRow(ResultSet row, int number) throws SQLException {
			return new SessionLine(new CouncilSessionId(row.getObject("id", UUID.class)),
					row.getObject("date", LocalDate.class), row.getObject("time", LocalTime.class),
					MeetingStatus.valueOf(row.getString("status")), row.getBoolean("year_end"),
					Arrays.stream((Object[]) row.getArray("agenda").getArray()).map(String.class::cast).toList(),
					row.getBoolean("signed"), row.getBoolean("approves"));
		}
	}
}
