package dk.newsroom.calendar;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Sanitised rich text as plain text for a calendar's DESCRIPTION, which calendar apps
 * show as text: block ends become line breaks, tags go, entities are decoded.
 */
final class HtmlToText {

	private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");

	private static final Pattern BLOCK_END = Pattern
		.compile("(?i)</(p|h[1-6]|li|blockquote|pre|figure|figcaption|ul|ol)>|<hr\\s*/?>");

	private static final Pattern LIST_ITEM = Pattern.compile("(?i)<li(\\s[^>]*)?>");

	private static final Pattern TAG = Pattern.compile("<[^>]*>");

	private static final Pattern ENTITY = Pattern
		.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|amp|lt|gt|quot|apos|nbsp);");

	private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");

	private HtmlToText() {
	}

	/** {@code null} for {@code null}. */
	static @Nullable String fromHtml(@Nullable String html) {
		if (html == null) {
			return null;
		}
		String text = LINE_BREAK.matcher(html).replaceAll("\n");
		text = BLOCK_END.matcher(text).replaceAll("\n");
		text = LIST_ITEM.matcher(text).replaceAll("• ");
		text = TAG.matcher(text).replaceAll("");
		text = decodeEntities(text);
		text = text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("");
		return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
	}

	private static String decodeEntities(String text) {
		Matcher matcher = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder(text.length());
		while (matcher.find()) {
			matcher.appendReplacement(out, Matcher.quoteReplacement(decode(matcher.group(1))));
		}
		matcher.appendTail(out);
		return out.toString();
	}

	private static String decode(String entity) {
		return switch (entity) {
			case "amp" -> "&";
			case "lt" -> "<";
			case "gt" -> ">";
			case "quot" -> "\"";
			case "apos" -> "'";
			case "nbsp" -> "\u00a0";
			default -> codePoint(entity);
		};
	}

	private static String codePoint(String numeric) {
		boolean hex = numeric.length() > 1 && (numeric.charAt(1) == 'x' || numeric.charAt(1) == 'X');
		int codePoint = Integer.parseInt(numeric.substring(hex ? 2 : 1), hex ? 16 : 10);
		return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : "";
	}

}
