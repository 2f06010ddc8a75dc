package dk.newsroom.platform.content;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class HttpUrlValidatorTest {

	@ParameterizedTest
	@ValueSource(strings = { "https://billeder.newsroom.dk/2026/a.jpg", "http://newsroom.dk", "HTTPS://NEWSROOM.DK/x",
			"https://newsroom.dk:8443/a?b=c&d=%C3%A6#e", "https://xn--blbr-roa.dk/", "https://[2001:db8::1]/a" })
	void acceptsAbsoluteHttpUrls(String url) {
		assertThat(HttpUrlValidator.isHttpUrl(url)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "javascript:alert(1)", "JaVaScRiPt:alert(1)", "javascript://newsroom.dk/%0Aalert(1)",
			"data:image/png;base64,AAAA", "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://files.newsroom.dk/a",
			"mailto:redaktion@newsroom.dk", "//newsroom.dk/a.jpg", "/billeder/a.jpg", "billeder/a.jpg", "https:a.jpg",
			"https://", "https:///a", " https://newsroom.dk/a", "https://newsroom.dk/a ", "https://newsroom.dk/a b",
			"https://newsroom.dk/\ta", "https://newsroom.dk/\na", "https://newsroom.dk/\u0000",
			"https://newsroom.dk/\u007f", "https://newsroom.dk\\@evil.example/", "https://newsroom.dk@evil.example/",
			"https://user:pw@newsroom.dk/", "https://blåbær.dk/", "https://newsroom.dk/æ", "" })
	void refusesEverythingElse(String url) {
		assertThat(HttpUrlValidator.isHttpUrl(url)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(ints = { 2000, 2001 })
	void refusesOverlongUrls(int length) {
		String prefix = "https://newsroom.dk/";
		String url = prefix + "a".repeat(length - prefix.length());
		assertThat(HttpUrlValidator.isHttpUrl(url)).isEqualTo(length <= HttpUrlValidator.MAX_LENGTH);
	}

}
