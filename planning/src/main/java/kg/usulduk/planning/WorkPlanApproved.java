package kg.usulduk.planning;

import java.time.LocalDate;

import kg.usulduk.association.AssociationId;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.SchoolYear;

import org.jmolecules.event.annotation.DomainEvent;

/**
 * The director approved a version of an association's annual work plan with the deputy's agreement (001 §5.3).
 * From now on it is the plan in force for that school year; an earlier approved version is replaced.
 *
 * @param version the plan's version number, 1 for the first approved plan of the year
 */
@DomainEvent
public record WorkPlanApproved(SchoolId school, AssociationId association, WorkPlanId plan, int version,
		SchoolYear year, LocalDate approvedOn) {
}
