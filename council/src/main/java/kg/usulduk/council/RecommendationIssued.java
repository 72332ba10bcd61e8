package kg.usulduk.council;

import java.time.LocalDate;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * The council recommended to the pedagogical council a programme for approval, or a teacher for an attestation
 * category, a title, an award or a nomination (000 §2.3, 001 §7.7–7.8): {@code recommendedFor} says which, and
 * {@code recommendedWhat} names the category, title or award; both are null for a programme.
 */
@DomainEvent
public record RecommendationIssued(SchoolId school, CouncilId council, CouncilProtocolId protocol, DecisionKind kind,
		String text, StaffId teacher, String document, LocalDate issuedOn, Recommendation recommendedFor,
		String recommendedWhat) {
}
