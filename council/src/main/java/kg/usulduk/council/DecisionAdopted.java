package kg.usulduk.council;

import java.time.LocalDate;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** The council adopted a decision, recorded in a signed protocol. {@code teacher} is the teacher concerned (or null), {@code document} the document concerned (or null); votes are null when the question was not put to a vote. */
@DomainEvent
public record DecisionAdopted(SchoolId school, CouncilId council, CouncilSessionId session, CouncilProtocolId protocol, int item, DecisionKind kind, String text, StaffId teacher, String document, StaffId responsible, LocalDate dueOn, Integer votesFor, Integer votesAgainst, Integer abstained, LocalDate adoptedOn) {
}
