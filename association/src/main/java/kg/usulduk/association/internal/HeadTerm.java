package kg.usulduk.association.internal;

import java.time.LocalDate;

import kg.usulduk.association.HeadChoice;
import kg.usulduk.school.StaffId;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/** One head's term: how they were chosen, the order appointing them (001 §6.2), from when and until when. */
@Table(schema = "association", name = "head_terms")
public record HeadTerm(StaffId staffId, HeadChoice choice,
		@Embedded.Nullable(prefix = "order_") OrderReference order, LocalDate since, LocalDate until)
		implements ValueObject {

	boolean isCurrent() {
		return until == null;
	}

	HeadTerm endedOn(LocalDate day) {
		return new HeadTerm(staffId, choice, order, since, day);
	}
}
