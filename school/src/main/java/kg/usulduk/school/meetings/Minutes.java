package kg.usulduk.school.meetings;

import java.util.List;
import java.util.function.Function;

import kg.usulduk.school.RuleViolation;

/** The rules of a protocol's entries that hold for every meeting's protocol. */
public final class Minutes {

	private Minutes() {
	}

	/** A draft's entries: one blank entry per agenda question, in the agenda's order (001 §5.5, 003 §5.3). */
	public static List<ProtocolEntry> draftFor(List<AgendaItem> agenda) {
		return agenda.stream().map(item -> ProtocolEntry.blank(item.title())).toList();
	}

	/**
	 * A protocol records the questions the meeting considered, no more, no fewer, in their order: what is written
	 * must answer the draft's questions one by one ({@code <context>.protocol.entriesMismatch}).
	 */
	public static <E> void requireSameQuestions(List<E> current, List<E> written, Function<E, String> question,
			String context) {
		if (written == null || written.size() != current.size()) {
			throw RuleViolation.of(context + ".protocol.entriesMismatch");
		}
		for (int i = 0; i < written.size(); i++) {
			if (!question.apply(written.get(i)).equals(question.apply(current.get(i)))) {
				throw RuleViolation.of(context + ".protocol.entriesMismatch");
			}
		}
	}

	/**
	 * 001 §5.5, 004, 003 §5.3: a protocol records a decision for every question considered, so it is not signed
	 * while one lacks its decision ({@code <context>.protocol.decisionMissing}, with the question's number).
	 */
	public static <E> void requireDecisions(List<E> entries, Function<E, ProtocolEntry> entry, String context) {
		for (int i = 0; i < entries.size(); i++) {
			if (!entry.apply(entries.get(i)).hasDecision()) {
				throw RuleViolation.of(context + ".protocol.decisionMissing", i + 1);
			}
		}
	}
}
