package kg.usulduk.school.meetings;

import java.util.ArrayList;
import java.util.List;

import kg.usulduk.school.RuleViolation;

/**
 * The questions a meeting considers, in their order. A meeting without questions decides nothing (001 §5.5, 004;
 * 003 §5.3), and an agenda longer than {@value #MOST} questions is not one a session can get through.
 */
public final class Agenda {

	/** The most questions one meeting takes. */
	public static final int MOST = 20;

	private Agenda() {
	}

	/**
	 * The agenda as the meeting keeps it, refused on the field {@code agenda} when empty or too long.
	 *
	 * @param context the context whose keys word the refusal ({@code <context>.session.agendaEmpty}, {@code
	 *        .agendaTooLong})
	 */
	public static List<AgendaItem> checked(List<AgendaItem> items, String context) {
		if (items == null || items.isEmpty()) {
			throw RuleViolation.onField("agenda", context + ".session.agendaEmpty");
		}
		if (items.size() > MOST) {
			throw RuleViolation.onField("agenda", context + ".session.agendaTooLong", MOST);
		}
		return List.copyOf(items);
	}

	/**
	 * The agenda typed as one question per line, as the forms take it: blank lines are skipped and a number the
	 * writer put in front ("1.", "2)") is dropped, since the order numbers the questions.
	 */
	public static List<AgendaItem> fromLines(String text) {
		List<AgendaItem> items = new ArrayList<>();
		for (String line : text == null ? new String[0] : text.split("\\R")) {
			String title = line.strip().replaceFirst("^\\d+[.)]\\s*", "");
			if (!title.isEmpty()) {
				items.add(new AgendaItem(title));
			}
		}
		return items;
	}

	/** The questions' titles in order, as events and protocols carry them. */
	public static List<String> titles(List<AgendaItem> items) {
		return items.stream().map(AgendaItem::title).toList();
	}
}
