package kg.usulduk.council.internal;

import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.meetings.Attendee;
import kg.usulduk.school.meetings.Move;

import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The council's rows of the shared kernel's meeting values: each row maps one kernel value to the council's own
 * table, so the rules live once in the kernel and the tables stay the council's.
 */
final class SessionRows {

	private SessionRows() {
	}

	@Table(schema = "council", name = "agenda_items")
	record AgendaRow(@Embedded.Empty AgendaItem item) {
	}

	@Table(schema = "council", name = "attendance")
	record AttendeeRow(@Embedded.Empty Attendee attendee) {
	}

	@Table(schema = "council", name = "session_moves")
	record MoveRow(@Embedded.Empty Move move) {
	}
}
