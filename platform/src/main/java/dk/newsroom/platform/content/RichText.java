package dk.newsroom.platform.content;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Rich text is HTML, sanitised on the way in against an allowlist suited to news copy:
 * paragraphs, sub-headings, emphasis, lists, quotes, figures and http(s) links and
 * images. Anything else (scripts, styles, event handlers, other URL schemes) is dropped.
 */
public final class RichText {

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
		.allowElements("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s", "sub", "sup", "ul", "ol", "li",
				"blockquote", "q", "cite", "figure", "figcaption", "img", "a", "code", "pre", "hr")
		.allowUrlProtocols("http", "https")
		.allowAttributes("href", "title")
		.onElements("a")
		.requireRelNofollowOnLinks()
		.allowAttributes("src", "alt", "width", "height")
		.onElements("img")
		.allowAttributes("cite")
		.onElements("blockquote", "q")
		.toFactory();

	private RichText() {
	}

	public static String sanitize(String html) {
		return (html != null) ? POLICY.sanitize(html) : null;
	}

}
