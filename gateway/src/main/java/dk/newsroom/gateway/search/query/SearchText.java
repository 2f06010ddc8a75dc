package dk.newsroom.gateway.search.query;

import java.util.ArrayList;
import java.util.List;

/**
 * What a reader typed, split into words and quoted phrases. Nothing else is syntax: every
 * other character is text for the analyzer, so no user input reaches a query parser.
 *
 * @param words the words outside quotes, in order
 * @param phrases the quoted phrases, in order, without the quotes
 */
public record SearchText(List<String> words, List<String> phrases) {

	/** The longest query text accepted, in characters. */
	public static final int MAX_LENGTH = 200;

	public SearchText {
		words = List.copyOf(words);
		phrases = List.copyOf(phrases);
	}

	/**
	 * @param text the query text, not blank and at most {@link #MAX_LENGTH} characters
	 * @return the words and phrases
	 * @throws IllegalArgumentException with the reason when a quote is not closed
	 */
	public static SearchText parse(String text) {
		List<String> words = new ArrayList<>();
		List<String> phrases = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = normalize(text.charAt(i));
			if (c == '"') {
				if (quoted) {
					String phrase = current.toString().strip();
					if (!phrase.isEmpty()) {
						phrases.add(phrase);
					}
				}
				else {
					addWord(words, current);
				}
				current.setLength(0);
				quoted = !quoted;
			}
			else if (!quoted && Character.isWhitespace(c)) {
				addWord(words, current);
				current.setLength(0);
			}
			else {
				current.append(Character.isISOControl(c) ? ' ' : c);
			}
		}
		if (quoted) {
			throw new IllegalArgumentException("has a quote that is not closed; phrases are written \"like this\"");
		}
		addWord(words, current);
		return new SearchText(words, phrases);
	}

	/** Typographic quotes count as the plain double quote. */
	private static char normalize(char c) {
		return switch (c) {
			case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
			default -> c;
		};
	}

	private static void addWord(List<String> words, StringBuilder current) {
		String word = current.toString().strip();
		if (!word.isEmpty()) {
			words.add(word);
		}
	}

	/** Whether there is nothing to search for. */
	public boolean isEmpty() {
		return this.words.isEmpty() && this.phrases.isEmpty();
	}

}
