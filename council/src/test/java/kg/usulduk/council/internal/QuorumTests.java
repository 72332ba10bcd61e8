package kg.usulduk.council.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuorumTests {

	@ParameterizedTest(name = "{0} of {1} at {2} %: met {3}, needed {4}")
	@CsvSource({
			// present, members, percent, met, needed
			"3, 7, 50, false, 4",
			"4, 7, 50, true, 4",
			"3, 6, 50, false, 4",
			"4, 6, 50, true, 4",
			"5, 10, 50, false, 6",
			"6, 10, 50, true, 6",
			"1, 1, 50, true, 1",
			"7, 10, 75, false, 8",
			"8, 10, 75, true, 8",
			"2, 3, 66, true, 2",
			"2, 3, 67, false, 3",
			"3, 3, 67, true, 3",
			"9, 10, 99, false, 10",
			"10, 10, 99, true, 10" })
	void aQuorumIsMoreThanTheSchoolsShareOfTheMembers(int present, int members, int percent, boolean met,
			int needed) {
		Quorum quorum = new Quorum(percent);

		assertThat(quorum.isMet(present, members)).isEqualTo(met);
		assertThat(quorum.needed(members)).isEqualTo(needed);
	}

	@Test
	void aCouncilWithoutMembersHasNoQuorum() {
		assertThat(new Quorum(50).isMet(0, 0)).isFalse();
		assertThat(new Quorum(50).isMet(1, 0)).isFalse();
	}

	@ParameterizedTest(name = "{0} %")
	@ValueSource(ints = { 1, 33, 50, 51, 66, 67, 75, 99 })
	void theMembersNeededAreTheFewestThatMakeTheQuorum(int percent) {
		Quorum quorum = new Quorum(percent);

		for (int members = 1; members <= 60; members++) {
			int needed = quorum.needed(members);
			assertThat(needed).as("needed of %d", members).isBetween(1, members);
			assertThat(quorum.isMet(needed, members)).as("%d of %d", needed, members).isTrue();
			assertThat(quorum.isMet(needed - 1, members)).as("%d of %d", needed - 1, members).isFalse();
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { -50, 0, 101 })
	void aQuorumIsAShareBetweenOneAndAHundredPercent(int percent) {
		assertThatIllegalArgumentException().isThrownBy(() -> new Quorum(percent));
	}
}
