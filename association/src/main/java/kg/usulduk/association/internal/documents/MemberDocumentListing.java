package kg.usulduk.association.internal.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.MemberDocumentId;
import kg.usulduk.association.MemberDocumentKind;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The lists of members' documents, a page at a time: an association's of a school year, and a teacher's own. */
@Component
@Transactional(readOnly = true)
public class MemberDocumentListing {

	private final JdbcClient jdbc;

	MemberDocumentListing(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** A line of a list: the document, its association, author, stage and where it was approved. */
	public record Row(MemberDocumentId id, AssociationId association, String associationName, MemberDocumentKind kind,
			int schoolYear, String title, StaffId author, int edition, Approval.Stage stage, Integer sessionNumber,
			LocalDate sessionDate, LocalDate approvedOn) {
	}

	private static final String COLUMNS = """
			select d.id, d.association_id, a.name, d.kind, d.school_year, d.title, d.author, d.edition, d.stage,
			  d.session_number, d.session_date, d.approved_on
			from association.member_documents d join association.associations a on a.id = d.association_id
			""";

	/** An association's documents of a school year, by kind, author and version. */
	/** A session that may still approve a document: to come, or held with its protocol not yet signed. */
	public record OpenSession(kg.usulduk.association.SessionId id, java.time.LocalDate date, java.time.LocalTime time) {

		public kg.usulduk.association.SessionId getId() {
			return id;
		}
	}

	/** The association's sessions between two days that may still approve a document, in one statement. */
	public java.util.List<OpenSession> openSessions(AssociationId association, java.time.LocalDate from,
			java.time.LocalDate to) {
		return jdbc.sql("""
				SELECT s.id, s.date, s.time FROM association.sessions s
				WHERE s.association_id = ? AND s.date BETWEEN ? AND ?
				  AND (s.status = 'SCHEDULED' OR (s.status = 'HELD' AND NOT EXISTS (
				      SELECT 1 FROM association.protocols p WHERE p.session_id = s.id AND p.status = 'SIGNED')))
				ORDER BY s.date, s.time""")
			.param(association.value()).param(from).param(to)
			.query((rs, n) -> new OpenSession(new kg.usulduk.association.SessionId(rs.getObject(1, java.util.UUID.class)),
					rs.getObject(2, java.time.LocalDate.class), rs.getObject(3, java.time.LocalTime.class)))
			.list();
	}

	/** The documents put on a session or approved at it, by kind and title, in one statement. */
	public List<Row> onSession(kg.usulduk.association.SessionId session) {
		return jdbc.sql(COLUMNS + "where d.session = :session order by d.kind, d.title")
				.param("session", session.value()).query(this::row).list();
	}

	public Page<Row> ofAssociation(AssociationId association, int schoolYear, Pageable page) {
		List<Row> rows = jdbc.sql(COLUMNS + """
				where d.association_id = :association and d.school_year = :year
				order by d.kind, d.author, d.edition desc, d.title limit :limit offset :offset
				""").param("association", association.value()).param("year", schoolYear)
				.param("limit", page.getPageSize()).param("offset", page.getOffset()).query(this::row).list();
		long total = jdbc.sql("select count(*) from association.member_documents where association_id = :association"
				+ " and school_year = :year").param("association", association.value()).param("year", schoolYear)
				.query(Long.class).single();
		return new PageImpl<>(rows, page, total);
	}

	/** A teacher's documents in every association and year, the latest year first. */
	public Page<Row> ofAuthor(SchoolId school, StaffId author, Pageable page) {
		List<Row> rows = jdbc.sql(COLUMNS + """
				where d.school_id = :school and d.author = :author
				order by d.school_year desc, d.kind, d.title, d.edition desc limit :limit offset :offset
				""").param("school", school.value()).param("author", author.value())
				.param("limit", page.getPageSize()).param("offset", page.getOffset()).query(this::row).list();
		long total = jdbc.sql("select count(*) from association.member_documents where school_id = :school"
				+ " and author = :author").param("school", school.value()).param("author", author.value())
				.query(Long.class).single();
		return new PageImpl<>(rows, page, total);
	}

	private Row row(ResultSet rs, int n) throws SQLException {
		return new Row(new MemberDocumentId(rs.getObject("id", UUID.class)),
				new AssociationId(rs.getObject("association_id", UUID.class)), rs.getString("name"),
				MemberDocumentKind.valueOf(rs.getString("kind")), rs.getInt("school_year"), rs.getString("title"),
				new StaffId(rs.getObject("author", UUID.class)), rs.getInt("edition"),
				Approval.Stage.valueOf(rs.getString("stage")), (Integer) rs.getObject("session_number"),
				rs.getObject("session_date", LocalDate.class), rs.getObject("approved_on", LocalDate.class));
	}
}
