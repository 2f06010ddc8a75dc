package dk.newsroom.platform.content;

import java.util.List;
import java.util.regex.Pattern;

import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Rich text is HTML, sanitised on the way in against an allowlist suited to news copy:
 * paragraphs, sub-headings, emphasis, lists, quotes, figures and http(s) links and
 * images. Anything else (scripts, styles, event handlers, other URL schemes, relative
 * URLs) is dropped.
 */
public final class RichText {

	/** The elements that survive sanitising; everything else is removed. */
	public static final List<String> ELEMENTS = List.of("p", "br", "h2", "h3", "h4", "strong", "em", "b", "i", "u", "s",
			"sub", "sup", "ul", "ol", "li", "blockquote", "q", "cite", "figure", "figcaption", "img", "a", "code",
			"pre", "hr");

	/** The URL schemes links, images and quote sources may have. */
	public static final List<String> URL_PROTOCOLS = List.of("http", "https");

	private static final Pattern PIXELS = Pattern.compile("[0-9]{1,4}");

	private static final PolicyFactory POLICY = new HtmlPolicyBuilder().allowElements(ELEMENTS.toArray(String[]::new))
		.allowUrlProtocols(URL_PROTOCOLS.toArray(String[]::new))
		.allowAttributes("href")
		.matching(RichText::absoluteHttpUrl)
		.onElements("a")
		.allowAttributes("title")
		.onElements("a")
		.requireRelNofollowOnLinks()
		.allowAttributes("src")
		.matching(RichText::absoluteHttpUrl)
		.onElements("img")
		.allowAttributes("alt")
		.onElements("img")
		.allowAttributes("width", "height")
		.matching(PIXELS)
		.onElements("img")
		.allowAttributes("cite")
		.matching(RichText::absoluteHttpUrl)
		.onElements("blockquote", "q")
		.toFactory();

	private RichText() {
	}

	/**
	 * URL attributes ({@code href}, {@code src}, {@code cite}) must hold an absolute
	 * http(s) URL, as {@link HttpUrl} fields do; anything else (relative,
	 * protocol-relative, {@code https:javascript:…}) drops the attribute.
	 */
	private static String absoluteHttpUrl(String element, String attribute, String value) {
		return HttpUrlValidator.isHttpUrl(value) ? value : null;
	}

	public static String sanitize(String html) {
		return (html != null) ? POLICY.sanitize(html) : null;
	}

}
