package dk.newsroom.testsupport;

import java.util.List;

/**
 * URLs a content URL field (image, link, registration, photo) must refuse: every scheme
 * but http(s), however it is spelt, protocol-relative and relative ones, whitespace and
 * control characters, credentials, and one character over the 2 000 limit.
 */
public final class HostileUrls {

	private HostileUrls() {
	}

	public static List<String> all() {
		String overlong = "https://billeder.newsroom.dk/" + "a".repeat(2001 - "https://billeder.newsroom.dk/".length());
		return List.of("javascript:alert(1)", "JaVaScRiPt:alert(1)", "javascript://newsroom.dk/%0Aalert(1)",
				" javascript:alert(1)", "data:image/png;base64,iVBORw0KGgo=",
				"data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", "VBScript:msgbox(1)",
				"file:///etc/passwd", "ftp://files.newsroom.dk/a.jpg", "mailto:redaktion@newsroom.dk",
				"//billeder.newsroom.dk/a.jpg", "/billeder/a.jpg", "billeder/a.jpg", "https:billeder/a.jpg", "https://",
				" https://billeder.newsroom.dk/a.jpg", "https://billeder.newsroom.dk/a.jpg ",
				"https://billeder.newsroom.dk/a b.jpg", "https://billeder.newsroom.dk/a.jpg\n",
				"https://billeder.newsroom.dk/\ta.jpg", "https://billeder.newsroom.dk/a\u0000.jpg",
				"https://billeder.newsroom.dk\\@evil.example/", "https://newsroom.dk@evil.example/a.jpg", "", overlong);
	}

}
