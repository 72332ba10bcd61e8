package kg.usulduk.school;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TypedTextTests {

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "\u0000", "a\u001Bb", "a\u007Fb", "a\u0085b", "a\uD800b" })
	void aControlCharacterIsRefusedOnItsFieldInOneLineAndInSeveral(String typed) {
		assertThatThrownBy(() -> TypedText.optional("name", typed, 100))
				.isInstanceOfSatisfying(RuleViolation.class, refusal -> {
					assertThat(refusal.field()).isEqualTo("name");
					assertThat(refusal.code()).isEqualTo("validation.controlCharacter");
				});
		assertThatThrownBy(() -> TypedText.requiredText("analysis", typed, 100))
				.isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.code())
						.isEqualTo("validation.controlCharacter"));
	}

	@Test
	void aOneLineFieldRefusesALineBreak() {
		assertThatThrownBy(() -> TypedText.required("reason", "first\r\nSet-Cookie: x=y", 500))
				.isInstanceOfSatisfying(RuleViolation.class, refusal -> assertThat(refusal.code())
						.isEqualTo("validation.oneLine"));
	}

	@Test
	void aFieldOfSeveralLinesKeepsItsLineBreaksAndTabs() {
		assertThat(TypedText.requiredText("analysis", "  Биринчи\n\tЭкинчи\r\nҮчүнчү  ", 100))
				.isEqualTo("Биринчи\n\tЭкинчи\r\nҮчүнчү");
	}

	@Test
	void emojiRightToLeftMarksAndKyrgyzLettersAreText() {
		assertThat(TypedText.required("name", "Айгүл 😀 \u200F", 100)).isEqualTo("Айгүл 😀 \u200F");
	}
}
