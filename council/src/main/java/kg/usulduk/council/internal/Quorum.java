package kg.usulduk.council.internal;

import org.jmolecules.ddd.types.ValueObject;

/**
 * The council decides only with a quorum: more than the school's share of its members present (a school setting,
 * default 50 %, i.e. more than half).
 */
public record Quorum(int percent) implements ValueObject {

	public Quorum {
		// More than 99 % could never be met: "more than all members present".
		if (percent < 1 || percent > 99) {
			throw new IllegalArgumentException("A quorum is between 1 and 99 percent, not " + percent);
		}
	}

	/** Whether {@code present} of {@code members} is more than the quorum's share. */
	public boolean isMet(int present, int members) {
		return members > 0 && present * 100L > (long) members * percent;
	}

	/** The fewest members present that make the quorum. */
	public int needed(int members) {
		return (int) ((long) members * percent / 100) + 1;
	}
}
