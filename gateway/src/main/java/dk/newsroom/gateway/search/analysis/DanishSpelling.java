package dk.newsroom.gateway.search.analysis;

import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The spelling steps of the Danish analysis, on lower-case text. They are plain functions
 * so the compound splitter can put a candidate part through the same steps as the token
 * filters.
 */
final class DanishSpelling {

	private static final String VOWELS = "aeiouyæøå";

	private DanishSpelling() {
	}

	/**
	 * Folds accented and other non-ASCII letters to ASCII ("café" to "cafe", "ß" to
	 * "ss"), except æ, ø, å, ä and ö, which {@link #normalizeLetters} maps to the Danish
	 * letters.
	 */
	static String foldAccents(String term) {
		char[] buffer = term.toCharArray();
		return needsFolding(buffer, buffer.length) ? fold(term) : term;
	}

	/**
	 * {@link #foldAccents(String)} on a term buffer: the term's new length, after growing
	 * the buffer if needed ("ß" is "ss").
	 */
	static int foldAccents(CharTermAttribute term) {
		if (needsFolding(term.buffer(), term.length())) {
			String folded = fold(term.toString());
			term.setEmpty().append(folded);
		}
		return term.length();
	}

	private static String fold(String term) {
		int n = term.length();
		int i = 0;
		while (i < n && (term.charAt(i) < 0x80 || isDanishLetter(term.charAt(i)))) {
			i++;
		}
		if (i == n) {
			return term;
		}
		StringBuilder folded = new StringBuilder(n + 4).append(term, 0, i);
		char[] in = new char[1];
		char[] out = new char[4];
		for (; i < n; i++) {
			char c = term.charAt(i);
			if (c < 0x80 || isDanishLetter(c)) {
				folded.append(c);
			}
			else {
				in[0] = c;
				int length = ASCIIFoldingFilter.foldToASCII(in, 0, out, 0, 1);
				folded.append(out, 0, length);
			}
		}
		return folded.toString();
	}

	/** Whether {@link #foldAccents} would change these characters. */
	static boolean needsFolding(char[] buffer, int length) {
		for (int i = 0; i < length; i++) {
			char c = buffer[i];
			if (c >= 0x80 && !isDanishLetter(c)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDanishLetter(char c) {
		return switch (c) {
			case 'æ', 'ø', 'å', 'ä', 'ö', 'Æ', 'Ø', 'Å', 'Ä', 'Ö' -> true;
			default -> false;
		};
	}

	/**
	 * Writes the ASCII spellings of the Danish letters as the letters: "aa" as "å", "ae"
	 * as "æ", "oe" as "ø", and the Swedish and German "ä" and "ö" as "æ" and "ø". So
	 * "Aabenraa" and "Åbenrå" are the same word, and the stemmer sees the letters it was
	 * written for.
	 */
	static String normalizeLetters(String term) {
		char[] buffer = term.toCharArray();
		String normalized = new String(buffer, 0, normalizeLetters(buffer, buffer.length));
		return normalized.equals(term) ? term : normalized;
	}

	/**
	 * {@link #normalizeLetters(String)} in place: the term's new length (never longer).
	 * @param buffer the term's characters
	 * @param length how many of them are the term
	 */
	static int normalizeLetters(char[] buffer, int length) {
		int out = 0;
		for (int i = 0; i < length; i++) {
			char c = buffer[i];
			char next = (i + 1 < length) ? buffer[i + 1] : 0;
			if (c == 'ä') {
				c = 'æ';
			}
			else if (c == 'ö') {
				c = 'ø';
			}
			else if (c == 'a' && next == 'a') {
				c = 'å';
				i++;
			}
			else if (c == 'a' && next == 'e') {
				c = 'æ';
				i++;
			}
			else if (c == 'o' && next == 'e') {
				c = 'ø';
				i++;
			}
			buffer[out++] = c;
		}
		return out;
	}

	/**
	 * Makes the stems of a word with and without its unstressed e the same, which the
	 * Snowball stemmer leaves apart: "artikel"/"artikler" (artikel, artikl),
	 * "center"/"centre" (cent, centr), "regel"/"regler", "nummer"/"numre". A stem ending
	 * in consonant + "el" loses the e (and a doubled consonant before it: "himmel" as
	 * "himl"); a stem ending in consonant + "r" loses the r, if it has five letters or
	 * more or ends in "mr" ("numre" and "nummer" as "num"), but not after j ("vejr" is
	 * not "vej"), nor in short stems such as "ordr" (ordre is not ord). A stem ending in
	 * e loses it, as the stemmer takes off one suffix only: "cafeen" (caféen) stems as
	 * "cafe", "cafe" as "caf".
	 */
	static String normalizeStem(String stem) {
		char[] buffer = stem.toCharArray();
		int length = normalizeStem(buffer, buffer.length);
		return (length == buffer.length) ? stem : new String(buffer, 0, length);
	}

	/**
	 * {@link #normalizeStem(String)} in place: the stem's new length (never longer).
	 * @param buffer the stem's characters
	 * @param n how many of them are the stem
	 */
	static int normalizeStem(char[] buffer, int n) {
		if (n >= 4 && buffer[n - 1] == 'e') {
			return n - 1;
		}
		if (n >= 5 && buffer[n - 1] == 'l' && buffer[n - 2] == 'e' && isConsonant(buffer[n - 3])) {
			int keep = n - 2;
			if (isConsonant(buffer[keep - 2]) && buffer[keep - 2] == buffer[keep - 1]) {
				keep--;
			}
			buffer[keep] = 'l';
			return keep + 1;
		}
		if (n >= 2 && buffer[n - 1] == 'r' && isConsonant(buffer[n - 2]) && buffer[n - 2] != 'j'
				&& (n >= 5 || (n == 4 && buffer[n - 2] == 'm'))) {
			return n - 1;
		}
		return n;
	}

	private static boolean isConsonant(char c) {
		return Character.isLetter(c) && VOWELS.indexOf(c) < 0;
	}

}
