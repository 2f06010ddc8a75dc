package dk.newsroom.platform.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextValidatorTest {

	@Test
	void acceptsDanishTextEmojiAndInMultilineTextLineBreaks() {
		assertThat(PlainTextValidator.isPlain("Søren Ågård – ærligt talt 😀 \"citat\" <ikke html>", false)).isTrue();
		assertThat(PlainTextValidator.isPlain("Første afsnit.\r\n\tAndet afsnit.", true)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\u0000b", "a\u0001", "\u001b[31m", "a\u007f", "a\u0085", "a\u009f", "a\ud800", "\udc00a",
			"a\uffff", "a\ufffe" })
	void refusesControlsSurrogatesAndNonCharacters(String text) {
		assertThat(PlainTextValidator.isPlain(text, true)).isFalse();
		assertThat(PlainTextValidator.isPlain(text, false)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a\nb", "a\rb", "a\tb", "a\u2028b", "a\u2029b" })
	void refusesLineBreaksInOneLineText(String text) {
		assertThat(PlainTextValidator.isPlain(text, false)).isFalse();
	}

}
