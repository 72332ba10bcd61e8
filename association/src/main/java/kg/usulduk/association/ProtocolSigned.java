package kg.usulduk.association;

import java.time.LocalDate;
import java.util.List;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A session's protocol was signed and can no longer change (001 §5.5, 004). {@code corrects} names the protocol this one corrects, or is null. */
@DomainEvent
public record ProtocolSigned(SchoolId school, AssociationId association, SessionId session, ProtocolId protocol, ProtocolId corrects, LocalDate sessionDate, LocalDate signedOn, List<StaffId> signedBy) {
}
