package kg.usulduk.association.internal;

import java.time.LocalDate;
import java.time.LocalTime;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** A scheduled date and time changed, and why: postponements stay on record. */
@Table(schema = "association", name = "session_moves")
public record Move(LocalDate fromDate, LocalTime fromTime, LocalDate toDate, LocalTime toTime, String reason,
		LocalDate movedOn) implements ValueObject {
}
