package kg.usulduk.association;

import java.time.LocalDate;

import kg.usulduk.school.SchoolYear;
import kg.usulduk.school.SchoolId;
import kg.usulduk.school.StaffId;

import org.jmolecules.event.annotation.DomainEvent;

/** The deputy analysed an association's year and gave directions at its last session (001 §5.7). */
@DomainEvent
public record YearEndAnalysisCompleted(SchoolId school, AssociationId association, String associationName, SchoolYear year, SessionId lastSession, StaffId analysedBy, LocalDate on) {
}
