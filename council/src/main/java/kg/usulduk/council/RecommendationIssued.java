package kg.usulduk.council;

import java.time.LocalDate;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** The council recommended to the pedagogical council a programme for approval, or an attestation, category, title or award for a teacher (000 §2.3). */
@DomainEvent
public record RecommendationIssued(SchoolId school, CouncilId council, CouncilProtocolId protocol, DecisionKind kind, String text, StaffId teacher, String document, LocalDate issuedOn) {
}
