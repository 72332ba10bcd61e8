package kg.usulduk.school.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import kg.usulduk.school.NavigationItem;

import org.junit.jupiter.api.Test;

class NavigationEntryTests {

	private final NavigationItem inbox = new NavigationItem("nav.inbox", "/inbox", 5, Set.of());
	private final NavigationItem council = new NavigationItem("nav.council", "/council", 30, Set.of())
		.in(NavigationItem.COUNCILS);
	private final NavigationItem pedagogical = new NavigationItem("nav.ped", "/council/pedagogical", 31, Set.of())
		.in(NavigationItem.COUNCILS);
	private final NavigationItem staff = new NavigationItem("nav.staff", "/staff", 80, Set.of())
		.in(NavigationItem.SCHOOL);

	@Test
	void entriesOfOneGroupStandTogetherWhereTheFirstOfThemWouldStand() {
		List<NavigationEntry> row = NavigationEntry.arrange(List.of(inbox, council, pedagogical, staff));

		assertThat(row).extracting(NavigationEntry::messageKey)
			.containsExactly("nav.inbox", NavigationItem.COUNCILS, "nav.staff");
		assertThat(row.get(1).group()).isTrue();
		assertThat(row.get(1).items()).containsExactly(council, pedagogical);
	}

	@Test
	void aGroupWithASingleVisibleEntryIsShownAsThatEntry() {
		List<NavigationEntry> row = NavigationEntry.arrange(List.of(staff));

		assertThat(row).singleElement().satisfies(entry -> {
			assertThat(entry.group()).isFalse();
			assertThat(entry.path()).isEqualTo("/staff");
		});
	}

	@Test
	void theCurrentPageMarksItsGroupAndTheEntryThatMatchesItLongest() {
		NavigationEntry councils = NavigationEntry.arrange(List.of(council, pedagogical)).get(0);

		assertThat(councils.isCurrent("/council/pedagogical")).isTrue();
		assertThat(councils.currentItem("/council/pedagogical")).isEqualTo(pedagogical);
		assertThat(councils.currentItem("/council/sessions/1")).isEqualTo(council);
		assertThat(councils.isCurrent("/councillors")).as("a path that only begins alike").isFalse();
	}
}
