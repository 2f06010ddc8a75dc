package dk.newsroom.platform.content;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RichTextTest {

	@Test
	void keepsNewsMarkupAndDanishText() {
		String html = "<h2>Baggrund</h2><p>Første <strong>afsnit</strong> med <em>æøå</em> og "
				+ "<a href=\"https://newsroom.dk/a\">et link</a>.</p><ul><li>punkt</li></ul>"
				+ "<blockquote>Citat</blockquote>";
		String clean = RichText.sanitize(html);
		assertThat(clean).contains("<h2>Baggrund</h2>", "<strong>afsnit</strong>", "<em>æøå</em>", "<li>punkt</li>",
				"<blockquote>Citat</blockquote>", "href=\"https://newsroom.dk/a\"", "rel=\"nofollow\"");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert(1)</script>", "<img src=x onerror=alert(1)>",
			"<a href=\"javascript:alert(1)\">klik</a>", "<iframe src=\"https://evil.example\"></iframe>",
			"<p style=\"background:url(javascript:alert(1))\">x</p>", "<svg onload=alert(1)>",
			"<a href=\"data:text/html;base64,PHNjcmlwdD4=\">x</a>", "<p onclick=\"alert(1)\">x</p>" })
	void dropsActiveContent(String payload) {
		String clean = RichText.sanitize(payload).toLowerCase();
		assertThat(clean).doesNotContain("<script", "onerror", "javascript:", "<iframe", "onload", "data:", "onclick",
				"style=");
	}

}
