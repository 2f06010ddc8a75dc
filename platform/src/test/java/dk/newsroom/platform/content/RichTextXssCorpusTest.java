package dk.newsroom.platform.content;

import java.util.List;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every payload of the committed XSS corpus, sanitised by {@link RichText} and parsed by
 * jsoup, has no element outside the documented allowlist, no event handler, no style, no
 * URL with a scheme other than http(s) and no active scheme anywhere in an attribute.
 */
class RichTextXssCorpusTest {

	static List<String> payloads() {
		return XssCorpus.payloads();
	}

	@ParameterizedTest(name = "[{index}] {0}")
	@MethodSource("payloads")
	void nothingDangerousSurvives(String payload) {
		String clean = RichText.sanitize(payload);
		assertThat(XssCorpus.violations(clean)).as("sanitised: %s", clean).isEmpty();
		// Stable under another pass, also after a browser-like parser re-serialised it
		// (mutation XSS).
		assertThat(XssCorpus.violations(RichText.sanitize(clean))).isEmpty();
		assertThat(XssCorpus.violations(RichText.sanitize(Jsoup.parseBodyFragment(clean).body().html()))).isEmpty();
	}

	@Test
	void theCorpusIsLargeAndTheCheckerSeesEveryKindOfDanger() {
		assertThat(payloads()).hasSizeGreaterThanOrEqualTo(150).doesNotHaveDuplicates();
		// Unsanitised, the payloads are caught: the check above can fail.
		assertThat(payloads().stream().filter((payload) -> !XssCorpus.violations(payload).isEmpty()).count())
			.isGreaterThan(150);
		assertThat(XssCorpus.violations("<img src=x onerror=alert(1)>")).anyMatch((v) -> v.contains("onerror"));
		assertThat(XssCorpus.violations("<p style=\"color:red\">x</p>")).anyMatch((v) -> v.contains("style"));
		assertThat(XssCorpus.violations("<a href=\"java&#x09;script:alert(1)\">x</a>"))
			.anyMatch((v) -> v.contains("javascript:"));
		assertThat(XssCorpus.violations("<a href=\"ftp://files.example/x\">x</a>"))
			.anyMatch((v) -> v.contains("URL scheme ftp"));
		assertThat(XssCorpus.violations("<svg><circle r=1></circle></svg>")).anyMatch((v) -> v.contains("<svg>"));
	}

	@Test
	void allowedMarkupSurvivesSoTheCorpusTestIsNotVacuous() {
		String html = "<h2>Baggrund</h2><p>Se <strong>her</strong>: <a href=\"http://newsroom.dk/a\" title=\"A\">link</a>"
				+ " og <a href=\"https://newsroom.dk/b\">sikkert link</a>.</p>"
				+ "<figure><img src=\"https://billeder.newsroom.dk/a.jpg\" alt=\"Foto\" width=\"640\" height=\"480\">"
				+ "<figcaption>Tekst</figcaption></figure><blockquote cite=\"https://newsroom.dk/c\">Citat</blockquote>";
		String clean = RichText.sanitize(html);
		assertThat(XssCorpus.violations(clean)).isEmpty();
		assertThat(clean).contains("<strong>her</strong>", "href=\"http://newsroom.dk/a\"",
				"href=\"https://newsroom.dk/b\"", "rel=\"nofollow\"", "src=\"https://billeder.newsroom.dk/a.jpg\"",
				"width=\"640\"", "<figcaption>Tekst</figcaption>", "cite=\"https://newsroom.dk/c\"",
				"<h2>Baggrund</h2>");
	}

	@Test
	void urlsMustBeAbsoluteHttpUrls() {
		assertThat(RichText.sanitize("<a href=\"https:javascript:alert(1)\">x</a><a href=\"/relativ\">y</a>"
				+ "<img src=\"//billeder.newsroom.dk/a.jpg\"><blockquote cite=\"ftp://x.example/\">z</blockquote>"))
			.doesNotContain("href", "src", "cite", "javascript");
	}

	@Test
	void imageSizesAreNumbersOnly() {
		assertThat(RichText.sanitize("<img src=\"https://newsroom.dk/a.jpg\" width=\"100%;x\" height=\"12\">"))
			.doesNotContain("width")
			.contains("height=\"12\"");
	}

}
