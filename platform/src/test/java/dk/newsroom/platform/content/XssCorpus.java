package dk.newsroom.platform.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The committed XSS corpus ({@code xss/payloads.txt}) and the check of sanitised HTML
 * against the documented allowlist, with jsoup as an independent parser.
 */
final class XssCorpus {

	/** The attributes each allowed element may keep. */
	static final Map<String, Set<String>> ATTRIBUTES = Map.of("a", Set.of("href", "title", "rel"), "img",
			Set.of("src", "alt", "width", "height"), "blockquote", Set.of("cite"), "q", Set.of("cite"));

	private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "cite");

	private static final List<String> ACTIVE_SCHEMES = List.of("javascript:", "vbscript:", "livescript:", "data:",
			"file:", "mhtml:", "jar:");

	private XssCorpus() {
	}

	static List<String> payloads() {
		try (InputStream in = XssCorpus.class.getResourceAsStream("/xss/payloads.txt")) {
			List<String> payloads = new ArrayList<>();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (!line.isEmpty() && !line.startsWith("#")) {
					payloads.add(unescape(line));
				}
			}
			return payloads;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * What is dangerous or outside the allowlist in this HTML; empty when it is clean.
	 */
	static List<String> violations(String html) {
		List<String> violations = new ArrayList<>();
		Document document = Jsoup.parseBodyFragment(html);
		for (Element element : document.body().getAllElements()) {
			if (element == document.body()) {
				continue;
			}
			String tag = element.normalName();
			if (!RichText.ELEMENTS.contains(tag)) {
				violations.add("element <" + tag + ">");
			}
			for (Attribute attribute : element.attributes()) {
				String name = attribute.getKey().toLowerCase(Locale.ROOT);
				String value = attribute.getValue();
				if (name.startsWith("on")) {
					violations.add("event handler " + name + " on <" + tag + ">");
				}
				if (name.equals("style")) {
					violations.add("style on <" + tag + ">");
				}
				if (!ATTRIBUTES.getOrDefault(tag, Set.of()).contains(name)) {
					violations.add("attribute " + name + " on <" + tag + ">");
				}
				String normalised = normalise(value);
				for (String scheme : ACTIVE_SCHEMES) {
					if (normalised.contains(scheme)) {
						violations.add(scheme + " in " + name + " on <" + tag + ">");
					}
				}
				if (URL_ATTRIBUTES.contains(name)) {
					String scheme = scheme(normalised);
					if (scheme != null && !RichText.URL_PROTOCOLS.contains(scheme)) {
						violations.add("URL scheme " + scheme + " in " + name + " on <" + tag + ">");
					}
				}
			}
		}
		return violations;
	}

	/**
	 * The attribute value (jsoup has decoded its entities) as a browser would resolve a
	 * URL: without whitespace, controls and invisible characters, in lower case.
	 */
	static String normalise(String value) {
		StringBuilder out = new StringBuilder();
		value.codePoints().forEach((c) -> {
			int type = Character.getType(c);
			if (!Character.isWhitespace(c) && type != Character.CONTROL && type != Character.FORMAT
					&& !Character.isSpaceChar(c)) {
				out.appendCodePoint(c);
			}
		});
		return out.toString().toLowerCase(Locale.ROOT);
	}

	/** The scheme of a URL, or null when it is relative. */
	private static String scheme(String url) {
		for (int i = 0; i < url.length(); i++) {
			char c = url.charAt(i);
			if (c == ':') {
				return (i > 0) ? url.substring(0, i) : null;
			}
			if (c == '/' || c == '?' || c == '#') {
				return null;
			}
		}
		return null;
	}

	private static String unescape(String line) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c == '\\' && i + 1 < line.length()) {
				char next = line.charAt(++i);
				switch (next) {
					case 'n' -> out.append('\n');
					case 't' -> out.append('\t');
					case 'r' -> out.append('\r');
					case '0' -> out.append('\0');
					case '\\' -> out.append('\\');
					default -> out.append(c).append(next);
				}
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

}
