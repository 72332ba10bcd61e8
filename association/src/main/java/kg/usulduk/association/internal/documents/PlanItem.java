package kg.usulduk.association.internal.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import kg.usulduk.school.RuleViolation;
import kg.usulduk.school.TypedText;

import org.jmolecules.ddd.types.ValueObject;
import org.springframework.data.relational.core.mapping.Table;

/** One line of an individual work plan: what the teacher will do, in which section, and when. */
@Table(schema = "association", name = "member_document_items")
public record PlanItem(PlanSection section, String what, String due) implements ValueObject {

	static final int MAX_PER_SECTION = 40;

	public PlanItem {
		Objects.requireNonNull(section, "an item belongs to a section");
		what = TypedText.required(section.field(), what, 500);
		due = TypedText.optional(section.field(), due, 100);
	}

	/**
	 * A section's items from its lines, one item a line: what, then after the last ";" when (optional). Blank lines
	 * are skipped; a refusal names the section's field.
	 */
	public static List<PlanItem> fromLines(PlanSection section, String text) {
		List<PlanItem> items = new ArrayList<>();
		if (text == null) {
			return items;
		}
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			int cut = line.lastIndexOf(';');
			String what = cut < 0 ? line : line.substring(0, cut);
			String due = cut < 0 ? null : line.substring(cut + 1);
			if (what.isBlank()) {
				throw RuleViolation.onField(section.field(), "association.document.item.whatMissing", items.size() + 1);
			}
			items.add(new PlanItem(section, what.strip(), due == null ? null : due.strip()));
		}
		if (items.size() > MAX_PER_SECTION) {
			throw RuleViolation.onField(section.field(), "association.document.item.tooMany", MAX_PER_SECTION);
		}
		return items;
	}

	/** The item as a line of its section's field. */
	public String asLine() {
		return due == null ? what : what + "; " + due;
	}
}
