package kg.usulduk.association.internal;

import java.time.LocalDate;

import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;

/** A director's order by its number and date, as printed on the school's papers (001 §6.1–6.2). */
public record OrderReference(String number, LocalDate date) implements ValueObject {

	public OrderReference {
		number = TypedText.required("orderNumber", number, 30);
		if (date == null) {
			throw RuleViolation.onField("orderDate", "validation.required");
		}
	}

	/** An order cannot be dated after the day it is recorded. */
	OrderReference checkedOn(LocalDate today) {
		if (date.isAfter(today)) {
			throw RuleViolation.onField("orderDate", "association.order.future");
		}
		return this;
	}
}
