package dk.newsroom.calendar;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlToTextTest {

	@Test
	void turnsSanitisedRichTextIntoParagraphsAndLines() {
		String html = "<h2>Program</h2><p>Velkomst<br />og kaffe</p><ol><li>Oplæg</li><li>Debat</li></ol>"
				+ "<blockquote>Citat &#34;her&#34;</blockquote><p>&lt;ikke et tag&gt; &amp; &#x27;mere&#x27;</p>";

		assertThat(HtmlToText.fromHtml(html)).isEqualTo("""
				Program
				Velkomst
				og kaffe
				• Oplæg
				• Debat

				Citat "her"
				<ikke et tag> & 'mere'""");
	}

	@Test
	void keepsLinksAsTheirText() {
		assertThat(HtmlToText.fromHtml("<p>Se <a href=\"https://newsroom.dk\" rel=\"nofollow\">programmet</a>.</p>"))
			.isEqualTo("Se programmet.");
	}

	@Test
	void passesNullThrough() {
		assertThat(HtmlToText.fromHtml(null)).isNull();
	}

}
