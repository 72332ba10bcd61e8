package kg.usulduk.school.internal;

import kg.usulduk.school.DeputyDuty;
import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** A deputy's duty given to one deputy of the school. */
@Table(schema = "school", name = "deputy_duties")
record DutyAssignment(DeputyDuty duty, StaffId staffId) implements ValueObject {
}
