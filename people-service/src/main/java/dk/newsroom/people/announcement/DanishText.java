package dk.newsroom.people.announcement;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Small rules of Danish copy that keep generated sentences clean whatever the submitter
 * typed: single spaces, no space before punctuation, no doubled full stops, lists joined
 * with "og".
 */
public final class DanishText {

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([.,;:!?])");

	private static final Pattern DOUBLED_STOPS = Pattern.compile("\\.{2,}");

	private static final Pattern DOUBLED_COMMAS = Pattern.compile(",{2,}");

	private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,;:]+$");

	private static final Locale DANISH = Locale.forLanguageTag("da");

	private DanishText() {
	}

	/**
	 * A field value ready to stand inside a sentence, or null when there is nothing to
	 * say.
	 */
	public static String clean(String value) {
		if (value == null) {
			return null;
		}
		String text = WHITESPACE.matcher(value).replaceAll(" ").strip();
		text = SPACE_BEFORE_PUNCTUATION.matcher(text).replaceAll("$1");
		text = DOUBLED_STOPS.matcher(text).replaceAll(".");
		text = DOUBLED_COMMAS.matcher(text).replaceAll(",");
		text = TRAILING_SEPARATORS.matcher(text).replaceAll("");
		return text.isEmpty() ? null : text;
	}

	/**
	 * A field value that stands inside a sentence: {@link #clean cleaned}, and without a
	 * closing full stop unless it ends an abbreviation with more than one ("cand.jur."
	 * keeps it, "drift." loses it), so the sentence decides where it ends.
	 */
	public static String phrase(String value) {
		String text = clean(value);
		if (text != null && text.endsWith(".") && text.indexOf('.') == text.length() - 1) {
			text = clean(text.substring(0, text.length() - 1));
		}
		return text;
	}

	/**
	 * Drops leading words the sentence already supplies, so "med med" or "som som" cannot
	 * happen: {@code withoutLeadingWord("med support", "med")} is "support".
	 */
	public static String withoutLeadingWord(String value, String word) {
		String prefix = word + " ";
		String text = value;
		while (text != null && text.regionMatches(true, 0, prefix, 0, prefix.length())) {
			text = clean(text.substring(prefix.length()));
		}
		return text;
	}

	/** "a", "a og b", "a, b og c". */
	public static String enumerate(List<String> items) {
		if (items.size() <= 1) {
			return items.isEmpty() ? "" : items.get(0);
		}
		return String.join(", ", items.subList(0, items.size() - 1)) + " og " + items.get(items.size() - 1);
	}

	/** The first letter in upper case: "hun" becomes "Hun". */
	public static String capitalize(String word) {
		if (word == null || word.isEmpty()) {
			return word;
		}
		int first = word.codePointAt(0);
		return new StringBuilder().appendCodePoint(Character.toUpperCase(first))
			.append(word.substring(Character.charCount(first)))
			.toString();
	}

	/** The pronoun as it stands mid-sentence. */
	public static String lowerCase(String word) {
		return word.toLowerCase(DANISH);
	}

	/**
	 * Ends a sentence with one full stop, unless it already ends with one (an
	 * abbreviation such as "cand.jur.") or with a question or exclamation mark.
	 */
	public static String sentence(String text) {
		String cleaned = clean(text);
		if (cleaned == null) {
			return "";
		}
		char last = cleaned.charAt(cleaned.length() - 1);
		return (last == '.' || last == '!' || last == '?') ? cleaned : cleaned + ".";
	}

}
