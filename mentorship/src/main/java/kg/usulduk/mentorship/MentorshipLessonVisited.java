package kg.usulduk.mentorship;

import java.time.LocalDate;
import java.util.UUID;

import kg.usulduk.association.AssociationId;
import kg.usulduk.association.MutualLessonVisit;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * One of the pair visited the other's lesson (plan IV.2): for the association, a mutual lesson visit (001 §3.7), which
 * is why it implements the association's {@link MutualLessonVisit}; the meeting is its source.
 */
@DomainEvent
public record MentorshipLessonVisited(SchoolId school, MentorshipId mentorship, AssociationId association, UUID meeting, LocalDate date,
		StaffId visitor, StaffId visited, String topic) implements MutualLessonVisit {

	@Override
	public UUID source() {
		return meeting;
	}
}
