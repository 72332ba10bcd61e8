package kg.usulduk.council.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import kg.usulduk.council.CouncilEventId;
import kg.usulduk.council.CouncilEventKind;
import kg.usulduk.council.CouncilId;
import kg.usulduk.school.StaffId;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The council's events of its year as a list, a page at a time, in two statements (the page and the count): what
 * the list shows, not the aggregates.
 */
@Component
@Transactional(readOnly = true)
public class CouncilEventList {

	/** Events per page of the list. */
	public static final int PAGE_SIZE = 20;

	private final JdbcClient jdbc;

	CouncilEventList(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public record Row(CouncilEventId id, CouncilEventKind kind, String title, LocalDate startsOn, LocalDate endsOn,
			LocalTime time, String place, StaffId responsible, CouncilEvent.Status status, Integer participants) {

		public boolean isMultiDay() {
			return !startsOn.equals(endsOn);
		}
	}

	/** The council's events by their first day, the page asked for (from 0). */
	public Page<Row> of(CouncilId council, int page) {
		PageRequest request = PageRequest.of(Math.max(0, Math.min(page, 10_000)), PAGE_SIZE);
		long total = jdbc.sql("select count(*) from council.events where council_id = :council")
				.param("council", council.value()).query(Long.class).single();
		List<Row> rows = jdbc.sql("""
				select id, kind, title, starts_on, ends_on, time, place, responsible, status, participants
				from council.events where council_id = :council
				order by starts_on, time nulls first, title, id
				limit :limit offset :offset
				""").param("council", council.value()).param("limit", request.getPageSize())
				.param("offset", request.getOffset())
				.query((rs, n) -> new Row(new CouncilEventId(rs.getObject(1, UUID.class)),
						CouncilEventKind.valueOf(rs.getString(2)), rs.getString(3), rs.getObject(4, LocalDate.class),
						rs.getObject(5, LocalDate.class), rs.getObject(6, LocalTime.class), rs.getString(7),
						new StaffId(rs.getObject(8, UUID.class)), CouncilEvent.Status.valueOf(rs.getString(9)),
						(Integer) rs.getObject(10)))
				.list();
		return new PageImpl<>(rows, request, total);
	}
}
