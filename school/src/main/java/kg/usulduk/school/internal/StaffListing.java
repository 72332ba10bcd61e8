package kg.usulduk.school.internal;

import java.sql.Array;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import kg.usulduk.school.Experience;
import kg.usulduk.school.QualificationCategory;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The staff list page's read model: search, filter and page in SQL, not by loading aggregates. */
@Component
public class StaffListing {

	/** Which staff a list shows. */
	public enum Status {
		ACTIVE, LEFT, ALL
	}

	/** One line of the staff list. */
	public record Row(StaffId id, String fullName, String position, List<String> subjects,
			QualificationCategory category, LocalDate teachingSince, String email, LocalDate leftOn,
			String username) {

		public int yearsOfExperience(LocalDate today) {
			return Experience.years(teachingSince, today);
		}
	}

	private final JdbcClient jdbc;

	StaffListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Page<Row> find(SchoolId school, String search, Status status, Pageable page) {
		String where = """
				WHERE s.school_id = :school
				  AND (:pattern = '' OR s.full_name ILIKE :pattern OR s.email ILIKE :pattern
				       OR s.position ILIKE :pattern OR array_to_string(s.subjects, ' ') ILIKE :pattern)
				  AND (:status = 'ALL' OR (:status = 'ACTIVE') = (s.left_on IS NULL))
				""";
		String pattern = search == null || search.isBlank() ? "" : "%" + escape(search.strip()) + "%";
		long total = jdbc.sql("SELECT count(*) FROM school.staff s " + where)
				.param("school", school.value()).param("pattern", pattern).param("status", status.name())
				.query(Long.class).single();
		List<Row> rows = jdbc.sql("""
				SELECT s.id, s.full_name, s.position, s.subjects, s.category, s.teaching_since, s.email, s.left_on,
				       a.username
				  FROM school.staff s LEFT JOIN school.accounts a ON a.staff_id = s.id
				""" + where + " ORDER BY s.full_name, s.id LIMIT :limit OFFSET :offset")
				.param("school", school.value()).param("pattern", pattern).param("status", status.name())
				.param("limit", page.getPageSize()).param("offset", page.getOffset())
				.query((rs, n) -> new Row(new StaffId(rs.getObject("id", UUID.class)), rs.getString("full_name"),
						rs.getString("position"), strings(rs.getArray("subjects")),
						QualificationCategory.valueOf(rs.getString("category")),
						rs.getObject("teaching_since", LocalDate.class), rs.getString("email"),
						rs.getObject("left_on", LocalDate.class), rs.getString("username")))
				.list();
		return new PageImpl<>(rows, page, total);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	// A typed % or _ means itself, not a wildcard.
	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}
}
