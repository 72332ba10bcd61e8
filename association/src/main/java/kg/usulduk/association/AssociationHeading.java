package kg.usulduk.association;

import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;

/**
 * An association as a line names it: its name and its head today (null while it has none), for lists of other
 * contexts that speak of many associations at once.
 */
public record AssociationHeading(AssociationId id, String name, StaffId head, boolean open) implements ValueObject {
}
