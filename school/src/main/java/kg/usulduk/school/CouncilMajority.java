package kg.usulduk.school;

/**
 * Of whom a council decision needs a majority: the regulations say "by a majority" without saying of whom, so the
 * school sets it. Either way a decision needs more votes for than half: a tie or a blank abstention never carries.
 */
public enum CouncilMajority {

	/** More than half of the members present vote for it (abstentions count against). The default. */
	OF_PRESENT,

	/** More than half of the votes cast are for it (those who did not vote are not counted). */
	OF_VOTES_CAST;

	/** Whether {@code votesFor} carries a decision with {@code votesCast} votes cast by {@code present} members. */
	public boolean carries(int votesFor, int votesCast, int present) {
		int base = this == OF_PRESENT ? present : votesCast;
		return base > 0 && votesFor * 2L > base;
	}
}
