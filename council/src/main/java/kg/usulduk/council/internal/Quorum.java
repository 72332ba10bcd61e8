package kg.usulduk.council.internal;

import kg.usulduk.school.CouncilMajority;

import org.jmolecules.ddd.types.ValueObject;

/**
 * How the council decides: only with a quorum, more than the school's share of its members present (a school
 * setting, default 50 %, i.e. more than half), and by a majority of the members present or of the votes cast (a
 * school setting, default of the members present).
 */
public record Quorum(int percent, CouncilMajority majority) implements ValueObject {

	/** A quorum of this share, deciding by a majority of the members present. */
	public Quorum(int percent) {
		this(percent, CouncilMajority.OF_PRESENT);
	}

	public Quorum {
		majority = majority == null ? CouncilMajority.OF_PRESENT : majority;
		// More than 99 % could never be met: "more than all members present".
		if (percent < 1 || percent > 99) {
			throw new IllegalArgumentException("A quorum is between 1 and 99 percent, not " + percent);
		}
	}

	/** Whether {@code present} of {@code members} is more than the quorum's share. */
	public boolean isMet(int present, int members) {
		return members > 0 && present * 100L > (long) members * percent;
	}

	/** Whether the votes carry the decision: more than half of the members present, or of the votes cast. */
	public boolean carries(int votesFor, int votesCast, int present) {
		return majority.carries(votesFor, votesCast, present);
	}

	/** The fewest members present that make the quorum. */
	public int needed(int members) {
		return (int) ((long) members * percent / 100) + 1;
	}
}
