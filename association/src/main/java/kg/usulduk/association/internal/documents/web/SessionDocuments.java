package kg.usulduk.association.internal.documents.web;

import java.util.List;

import kg.usulduk.association.SessionId;
import kg.usulduk.association.internal.documents.MemberDocument;
import kg.usulduk.association.internal.documents.MemberDocuments;
import kg.usulduk.school.StaffDirectory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' documents a session considers, for the session's page ({@code @sessionDocuments} in its template):
 * kept apart from the session's controller, which only the session's own work changes.
 */
@Component("sessionDocuments")
@Transactional(readOnly = true)
class SessionDocuments {

	private final MemberDocuments documents;
	private final StaffDirectory staff;

	SessionDocuments(MemberDocuments documents, StaffDirectory staff) {
		this.documents = documents;
		this.staff = staff;
	}

	/** A document on the session, with its author's name. */
	record Row(MemberDocument document, String author) {
	}

	/** The documents put on the session or approved at it. */
	public List<Row> on(SessionId session) {
		return documents.findOnSession(session).stream()
				.map(d -> new Row(d, staff.find(d.schoolId(), d.author()).map(c -> c.fullName()).orElse("")))
				.toList();
	}
}
