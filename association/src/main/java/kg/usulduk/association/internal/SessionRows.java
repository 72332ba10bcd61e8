package kg.usulduk.association.internal;

import kg.usulduk.school.meetings.AgendaItem;
import kg.usulduk.school.meetings.Attendee;
import kg.usulduk.school.meetings.Move;
import kg.usulduk.school.meetings.ProtocolEntry;

import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The association's rows of the shared kernel's meeting values: each row maps one kernel value to the
 * association's own table, so the rules live once in the kernel and the tables stay the association's.
 */
final class SessionRows {

	private SessionRows() {
	}

	@Table(schema = "association", name = "agenda_items")
	record AgendaRow(@Embedded.Empty AgendaItem item) {
	}

	@Table(schema = "association", name = "session_participants")
	record ParticipantRow(@Embedded.Empty Attendee attendee) {
	}

	@Table(schema = "association", name = "session_moves")
	record MoveRow(@Embedded.Empty Move move) {
	}

	@Table(schema = "association", name = "protocol_entries")
	record EntryRow(@Embedded.Empty ProtocolEntry entry) {
	}
}
