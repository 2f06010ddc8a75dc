package dk.newsroom.calendar;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ContentLinesTest {

	@Test
	void foldsAt75OctetsNeverInsideACharacter() {
		String line = "SUMMARY:" + "æøå€😀".repeat(30);

		String folded = ContentLines.fold(line + "\r\n");

		assertThat(folded).endsWith("\r\n");
		assertThat(folded.split("\r\n")).hasSizeGreaterThan(4)
			.allSatisfy((part) -> assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75))
			.allSatisfy((part) -> assertThat(part).doesNotContain("\uFFFD"));
		assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
	}

	@Test
	void leavesShortLinesAlone() {
		String lines = "BEGIN:VCALENDAR\r\n" + "X:" + "a".repeat(73) + "\r\nEND:VCALENDAR\r\n";

		assertThat(ContentLines.fold(lines)).isEqualTo(lines);
	}

	@Test
	void foldsAnAsciiLineOfSeventySixOctetsOnce() {
		String line = "X:" + "a".repeat(74);

		assertThat(ContentLines.fold(line + "\r\n")).isEqualTo("X:" + "a".repeat(73) + "\r\n a\r\n");
	}

}
