package kg.usulduk.council;

import java.time.LocalDate;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A council protocol was signed by the chair and the secretary (003 §5.3) and can no longer change; {@code corrects} names the protocol it corrects, or is null. */
@DomainEvent
public record CouncilProtocolSigned(SchoolId school, CouncilId council, CouncilSessionId session, CouncilProtocolId protocol, CouncilProtocolId corrects, LocalDate sessionDate, LocalDate signedOn, List<StaffId> signedBy) {
}
