package kg.usulduk.council.internal;

import java.time.LocalDate;

import kg.usulduk.council.CouncilSessionId;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** A note on how a task is being carried out, taken at a later session or on a given day. */
@Table(schema = "council", name = "task_follow_ups")
public record FollowUp(LocalDate notedOn, CouncilSessionId session, String note) implements ValueObject {
}
