package kg.usulduk.council.internal;

import java.time.LocalDate;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** A council event moved from one first day to another, on a day, for a reason. */
@Table(schema = "council", name = "event_moves")
public record EventMove(LocalDate fromDate, LocalDate toDate, String reason, LocalDate movedOn) implements ValueObject {
}
