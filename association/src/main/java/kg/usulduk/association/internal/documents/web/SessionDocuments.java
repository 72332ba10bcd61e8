package kg.usulduk.association.internal.documents.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import kg.usulduk.association.SessionId;
import kg.usulduk.association.internal.documents.MemberDocumentListing;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffCard;
import kg.usulduk.school.StaffDirectory;
import kg.usulduk.school.StaffId;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members' documents a session considers, for the session's page ({@code @sessionDocuments} in its template):
 * kept apart from the session's controller, which only the session's own work changes.
 */
@Component("sessionDocuments")
@Transactional(readOnly = true)
class SessionDocuments {

	private final MemberDocumentListing listing;
	private final StaffDirectory staff;

	SessionDocuments(MemberDocumentListing listing, StaffDirectory staff) {
		this.listing = listing;
		this.staff = staff;
	}

	/** A document on the session, with its author's name. */
	record Row(MemberDocumentListing.Row document, String author) {
	}

	/**
	 * The documents put on the session or approved at it: one statement, the authors' names from the school's active
	 * staff the page reads anyway (only an author who has since left is looked up on their own).
	 */
	public List<Row> on(SessionId session, SchoolId school) {
		Map<StaffId, String> names = new HashMap<>();
		staff.activeStaff(school).forEach(card -> names.put(card.id(), card.fullName()));
		return listing.onSession(session).stream()
				.map(d -> new Row(d, names.computeIfAbsent(d.author(),
						author -> staff.find(school, author).map(StaffCard::fullName).orElse(""))))
				.toList();
	}
}
