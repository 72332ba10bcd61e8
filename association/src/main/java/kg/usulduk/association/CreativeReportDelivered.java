package kg.usulduk.association;

import java.time.LocalDate;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** A member delivered their creative report (001 §6.10, plan IV.7). */
@DomainEvent
public record CreativeReportDelivered(SchoolId school, AssociationId association, ActivityId activity, StaffId member, String title, LocalDate on) {
}
